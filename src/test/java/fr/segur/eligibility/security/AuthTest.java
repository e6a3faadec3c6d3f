package fr.segur.eligibility.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With authentication on, every evaluation endpoint (single, batch in JSON, NDJSON and CSV, schedule) answers 401
 * without a valid token and 403 without the evaluator role, as problem bodies; the rest stays open.
 */
@QuarkusTest
@TestProfile(AuthOnProfile.class)
class AuthTest {

    private static final String EMPLOYEE = "{\"id\": \"A\", \"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", \"establishmentType\": \"EHPAD\"}";

    /** One valid request for each evaluation endpoint and body format. */
    private record Call(String name, String path, String contentType, String body) {
        ValidatableResponse send(String token) {
            RequestSpecification request = given().contentType(contentType).accept(contentType).body(body.getBytes(StandardCharsets.UTF_8));
            if (token != null) {
                request = request.header("Authorization", "Bearer " + token);
            }
            return request.when().post(path).then();
        }
    }

    private static final List<Call> CALLS = List.of(
            new Call("single", "/api/v1/evaluations", "application/json", "{\"month\": \"2024-09\", \"employee\": " + EMPLOYEE + "}"),
            new Call("batch JSON", "/api/v1/evaluations/batch", "application/json", "{\"month\": \"2024-09\", \"employees\": [" + EMPLOYEE + "]}"),
            new Call("batch NDJSON", "/api/v1/evaluations/batch?month=2024-09", "application/x-ndjson", "{\"employee\": " + EMPLOYEE + "}\n"),
            new Call("batch CSV", "/api/v1/evaluations/batch?month=2024-09", "text/csv", "id,sector,jobCode,establishmentType\nA,PUBLIC_FPH,INFIRMIER,EHPAD\n"),
            new Call("schedule", "/api/v1/evaluations/schedule", "application/json", "{\"from\": \"2024-01\", \"to\": \"2024-02\", \"employee\": " + EMPLOYEE + "}"),
            new Call("workforce report", "/api/v1/workforce/reports", "application/json", "{\"from\": \"2024-01\", \"to\": \"2024-02\", \"employees\": [" + EMPLOYEE + "]}"),
            new Call("workforce schedules", "/api/v1/workforce/schedules?from=2024-01&to=2024-02", "application/x-ndjson", EMPLOYEE + "\n"));

    @Test
    void withoutATokenEveryEvaluationIs401WithABearerChallenge() {
        for (Call call : CALLS) {
            call.send(null).statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:segur:problem:unauthorized"))
                    .body("status", equalTo(401))
                    .body("title", equalTo("Authentification requise"))
                    .body("instance", equalTo(call.path().split("\\?")[0]));
        }
    }

    @Test
    void theRefusalIsInEnglishOnRequest() {
        given().contentType("application/json").header("Accept-Language", "en").body(CALLS.get(0).body())
                .when().post("/api/v1/evaluations").then().statusCode(401)
                .body("title", equalTo("Authentication required"))
                .body("detail", containsString("Bearer"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        for (Call call : CALLS) {
            call.send(TestTokens.signedByAnotherKey()).statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .header("WWW-Authenticate", containsString("invalid_token"))
                    .contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
    }

    @Test
    void anExpiredTokenIs401() {
        for (Call call : CALLS) {
            call.send(TestTokens.expired()).statusCode(401)
                    .header("WWW-Authenticate", containsString("invalid_token"))
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        CALLS.get(0).send(TestTokens.fromAnotherIssuer()).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aGarbledTokenIs401() {
        CALLS.get(0).send("not.a.jwt").statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutTheEvaluatorRoleIs403() {
        for (Call call : CALLS) {
            call.send(TestTokens.withRoles("segur-reader")).statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:segur:problem:forbidden"))
                    .body("status", equalTo(403))
                    .body("title", equalTo("Accès refusé"))
                    .body("detail", containsString("segur-evaluator"));
        }
    }

    @Test
    void theEvaluatorRoleIsAnswered() {
        for (Call call : CALLS) {
            call.send(TestTokens.evaluator()).statusCode(200);
        }
        CALLS.get(0).send(TestTokens.evaluator()).body("status", equalTo("ELIGIBLE")).body("employeeId", equalTo("A"));
    }

    @Test
    void ruleSetsReferenceDataAndServiceEndpointsNeedNoToken() {
        for (String path : List.of("/api/v1/rulesets", "/api/v1/rulesets/bassms", "/api/v1/rulesets/bassms/versions/2024-01-01",
                "/api/v1/reference/jobs", "/api/v1/reference/establishment-types", "/q/health/live", "/q/health/ready",
                "/q/health/started", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            given().when().get(path).then().statusCode(200);
            // a stale or foreign token sent along does not block an open endpoint
            given().header("Authorization", "Bearer " + TestTokens.expired()).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void theServedContractOffersExactlyTheBearerSchemeOnTheEvaluations() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"),
                java.util.Map.of("type", doc.getString("components.securitySchemes.bearerAuth.type"),
                        "scheme", doc.getString("components.securitySchemes.bearerAuth.scheme"),
                        "bearerFormat", doc.getString("components.securitySchemes.bearerAuth.bearerFormat")));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("bearerAuth"),
                doc.getMap("components.securitySchemes").keySet(), "no scheme added behind the contract's back");
        for (String path : List.of("/api/v1/evaluations", "/api/v1/evaluations/batch", "/api/v1/evaluations/schedule")) {
            org.junit.jupiter.api.Assertions.assertNotNull(doc.get("paths.'" + path + "'.post.security[0].bearerAuth"), path);
            org.junit.jupiter.api.Assertions.assertNotNull(doc.get("paths.'" + path + "'.post.responses.'401'"), path);
        }
        // A public operation says so with an empty requirement (security: []), as linters ask.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), doc.get("paths.'/api/v1/rulesets'.get.security"));
    }
}
