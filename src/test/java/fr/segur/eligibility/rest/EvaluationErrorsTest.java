package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Bad input gets a 400 problem body naming the JSON path the caller sent; never a 500, never a stack trace. */
@QuarkusTest
@SendsInvalidRequests
class EvaluationErrorsTest {

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/evaluations").then();
    }

    private static void assertInvalid(String body, String field, String messagePart) {
        post(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:segur:problem:invalid-request"))
                .body("title", equalTo("Requête invalide"))
                .body("status", equalTo(400))
                .body("detail", notNullValue())
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(containsString(messagePart)))
                .body(not(containsString("Exception")))
                .body(not(containsString("arg0")));
    }

    @Test
    void malformedJson() {
        assertInvalid("{\"month\": ", "$", "JSON mal formé");
        assertInvalid("", "employee", "obligatoire");
    }

    @Test
    void wrongType() {
        assertInvalid("{\"employee\": {\"workingTime\": {\"ratio\": true}}}", "employee.workingTime.ratio", "type");
        assertInvalid("{\"employee\": {\"fundedBy\": \"ASSURANCE_MALADIE\"}}", "employee.fundedBy", "type");
        assertInvalid("{\"employee\": []}", "employee", "type");
    }

    @Test
    void unknownEnumCode() {
        assertInvalid("{\"employee\": {\"sector\": \"PRIVATE\"}}", "employee.sector", "code inconnu « PRIVATE »");
        assertInvalid("{\"employee\": {\"fundedBy\": [\"ASSURANCE_MALADIE\", \"CPAM\"]}}", "employee.fundedBy[1]", "CPAM");
        assertInvalid("{\"employee\": {\"payRate\": \"QUARTER\"}}", "employee.payRate", "QUARTER");
        assertInvalid("{\"employee\": {\"fundedBy\": [\"ETAT\", null]}}", "employee.fundedBy[1]", "ne doit pas être nul");
        assertInvalid("{\"employee\": {\"fundedBy\": [\"ETAT\", \"ETAT\"]}}", "employee.fundedBy[1]", "en double");
    }

    @Test
    void unknownCatalogueCodes() {
        assertInvalid("{\"employee\": {\"jobCode\": \"ASTRONAUTE\"}}", "employee.jobCode", "ASTRONAUTE");
        assertInvalid("{\"employee\": {\"establishmentType\": \"LUNE\"}}", "employee.establishmentType", "LUNE");
        assertInvalid("{\"ruleSets\": [\"bassms\", \"segur-2030\"], \"employee\": {}}", "ruleSets[1]", "segur-2030");
    }

    @Test
    void impossibleDates() {
        assertInvalid("{\"employee\": {\"employmentStart\": \"2024-02-30\"}}", "employee.employmentStart", "2024-02-30");
        assertInvalid("{\"month\": \"2024-13\", \"employee\": {}}", "month", "AAAA-MM");
        assertInvalid("{\"employee\": {\"employmentStart\": \"2024-05-01\", \"employmentEnd\": \"2024-04-30\"}}",
                "employee.employmentEnd", "employmentStart");
    }

    @Test
    void outOfRangeNumbers() {
        assertInvalid("{\"employee\": {\"workingTime\": {\"ratio\": \"1.01\"}}}", "employee.workingTime.ratio", "au plus égal à 1");
        assertInvalid("{\"employee\": {\"workingTime\": {\"ratio\": 0}}}", "employee.workingTime.ratio", "strictement positif");
        assertInvalid("{\"employee\": {\"workingTime\": {\"ratio\": 1e999}}}", "employee.workingTime.ratio", "au plus égal à 1");
        assertInvalid("{\"employee\": {\"workingTime\": {\"monthlyHours\": -3}}}", "employee.workingTime.monthlyHours", "300");
        assertInvalid("{\"employee\": {\"workingTime\": {\"monthlyHours\": 301}}}", "employee.workingTime.monthlyHours", "300");
        assertInvalid("{\"employee\": {\"employer\": {\"idcc\": 0}}}", "employee.employer.idcc", "IDCC");
    }

    @Test
    void workingTimeHoldsExactlyOneValue() {
        assertInvalid("{\"employee\": {\"workingTime\": {\"ratio\": 0.5, \"monthlyHours\": 75}}}", "employee.workingTime", "exactement un");
        assertInvalid("{\"employee\": {\"workingTime\": {}}}", "employee.workingTime", "exactement un");
    }

    @Test
    void missingEmployeeAndSeveralErrorsAtOnce() {
        assertInvalid("{\"month\": \"2024-09\"}", "employee", "obligatoire");
        post("{\"month\": \"2024-9\", \"employee\": {\"jobCode\": \"X\", \"workingTime\": {\"ratio\": 2}}}")
                .statusCode(400).body("errors", hasSize(3));
    }

    @Test
    void messagesInEnglishWhenAsked() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en-GB,en;q=0.9")
                .body("{\"employee\": {\"jobCode\": \"ASTRONAUTE\"}}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].message", startsWith("unknown job code 'ASTRONAUTE'"));
    }

    @Test
    void unknownPathMethodAndMediaType() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/v1/evaluations").then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405));
        given().contentType(ContentType.TEXT).body("hello").when().post("/api/v1/evaluations").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void bodyOverTheConfiguredLimit() {
        // One employee takes a few hundred bytes: a single evaluation is bound at 1 MiB, not at the batch's 64 MiB.
        String huge = "{\"employee\": {\"id\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}}";
        post(huge).statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:segur:problem:payload-too-large"))
                .body("status", equalTo(413))
                .body("detail", containsString("max-single-size"));
        given().contentType(ContentType.JSON).body("{\"from\": \"2024-01\", \"to\": \"2024-01\", \"employee\": {\"id\": \""
                        + "x".repeat(2 * 1024 * 1024) + "\"}}").when().post("/api/v1/evaluations/schedule")
                .then().statusCode(413).body("detail", containsString("max-single-size"));
    }

    @Test
    void aMissingFactIsNotAnError() {
        post("{\"month\": \"2024-09\", \"employee\": {\"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", "
                + "\"establishmentType\": \"ESSMS_HANDICAP\"}}")
                .statusCode(200)
                .body("status", equalTo("INDETERMINATE"))
                .body("missingFacts", equalTo(java.util.List.of("employee.employer.idcc")))
                .body("entitlement", equalTo(null));
    }
}
