package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each eligibility.json.* limit, exceeded, is a 400 problem body naming the field and the setting; never a 500. */
@QuarkusTest
@SendsInvalidRequests
class ParserLimitsTest {

    private static final String LONG_TEXT = "x".repeat(30_000);          // max-string-length 10000
    private static final String LONG_NUMBER = "1".repeat(300);           // max-number-length 100
    private static final String LONG_NAME = "n".repeat(1_000);           // max-name-length 256

    private static String deep(int depth) {                              // max-nesting-depth 32
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType("application/json").header("Accept-Language", "en").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(path).then();
    }

    /** The field is named as deep as the parser got: at least down to {@code field}. */
    private static void refused(ValidatableResponse r, String field, String setting) {
        r.statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", startsWith(field))
                .body("errors[0].message", containsString(setting));
    }

    @Test
    void aStringOverTheLimit() {
        post("/api/v1/evaluations", "{\"month\": \"2024-09\", \"employee\": {\"id\": \"" + LONG_TEXT + "\"}}")
                .statusCode(400).body("errors[0].field", equalTo("employee.id"))
                .body("errors[0].message", equalTo("text too long: at most 10000 characters (eligibility.json.max-string-length)"));
        refused(post("/api/v1/evaluations/batch", "{\"month\": \"2024-09\", \"employees\": [{\"id\": \"A\"}, {\"jobCode\": \"" + LONG_TEXT + "\"}]}"),
                "employees", "eligibility.json.max-string-length");
    }

    @Test
    void aNumberOverTheLimit() {
        refused(post("/api/v1/evaluations", "{\"month\": \"2024-09\", \"employee\": {\"workingTime\": {\"monthlyHours\": " + LONG_NUMBER + "}}}"),
                "employee.workingTime", "eligibility.json.max-number-length");
    }

    @Test
    void nestingOverTheLimit() {
        refused(post("/api/v1/evaluations/batch", "{\"month\": \"2024-09\", \"employees\": [" + deep(100) + "]}"),
                "employees",
                "eligibility.json.max-nesting-depth");
    }

    @Test
    void aPropertyNameOverTheLimit() {
        post("/api/v1/evaluations", "{\"month\": \"2024-09\", \"employee\": {\"" + LONG_NAME + "\": 1}}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("eligibility.json.max-name-length"));
    }

    @Test
    void anNdjsonLineOverALimitIsAnsweredInvalidAndTheStreamGoesOn() {
        String body = "{\"employee\": {\"id\": \"" + LONG_TEXT + "\"}}\n{\"employee\": {\"id\": \"B\", \"sector\": \"PUBLIC_FPH\"}}\n";
        String answer = given().contentType("application/x-ndjson").accept("application/x-ndjson").header("Accept-Language", "en")
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/evaluations/batch?month=2024-09")
                .then().statusCode(200).extract().asString();
        String[] lines = answer.split("\n");
        org.junit.jupiter.api.Assertions.assertEquals(2, lines.length, answer);
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].contains("\"status\":\"INVALID\"")
                && lines[0].contains("at most 10000 characters (eligibility.json.max-string-length)"), lines[0]);
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].contains("\"employeeId\":\"B\""), lines[1]);
    }

    @Test
    void aCsvCellOverTheLimit() {
        given().contentType("text/csv").accept("application/json").header("Accept-Language", "en")
                .body(("id,sector\n" + LONG_TEXT + ",PUBLIC_FPH\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/batch?month=2024-09")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("eligibility.json.max-string-length"));
    }
}
