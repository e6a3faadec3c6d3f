package fr.segur.eligibility.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every answer carries a Content-Security-Policy, no framing, no referrer, and nothing naming the server. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    // Sends a malformed body on purpose: only its answer is held to the contract.
    @fr.segur.eligibility.rest.SendsInvalidRequests
    void apiAnswersGetTheStrictPolicy() {
        List<Response> answers = List.of(
                given().get("/api/v1/rulesets"),
                given().get("/api/v1/reference/jobs"),
                given().get("/q/health/ready"),
                given().get("/q/metrics"),
                given().get("/api/v1/no-such-thing"),
                given().contentType("application/json").body("{").post("/api/v1/evaluations"));
        for (Response r : answers) {
            r.then().header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Server", nullValue())
                    .header("X-Powered-By", nullValue());
            // metrics legitimately name the Vert.x pools: bodies are checked on the error answers only
            String all = r.headers().toString() + (r.statusCode() >= 400 ? r.asString() : "");
            for (String name : List.of("Quarkus", "Vert.x", "vertx", "RESTEasy", "Netty", "Jackson", "Exception")) {
                assertFalse(all.contains(name), () -> name + " in " + all);
            }
        }
    }

    @Test
    void ruleSetPagesMayUseOnlyTheirInlineStyle() {
        given().accept("text/html").get("/api/v1/rulesets/bassms/versions/2024-01-01").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.PAGE_POLICY))
                .header("Content-Security-Policy", not(containsString("script-src")));
    }

    @Test
    void swaggerUiGetsWhatItsPageNeedsOnItsPathOnly() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_UI_POLICY))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Server", nullValue());
        given().get("/q/openapi").then().statusCode(200).header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY));
    }
}
