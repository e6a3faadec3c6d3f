package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Personal data never reaches the logs at INFO or above; every answer carries a correlation id and safe headers. */
@QuarkusTest
class PersonalDataTest {

    private static final String SENTINEL = "E-SENTINEL-PII-31415";

    @Test
    @SendsInvalidRequests
    void noEmployeeDataInLogsWhateverTheAnswer() {
        LogCapture capture = LogCapture.start();
        try {
            String employee = "{\"id\": \"" + SENTINEL + "\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", "
                    + "\"establishmentType\": \"ESSMS_HANDICAP\", \"employer\": {\"idcc\": 413}, \"workingTime\": {\"monthlyHours\": 75.84}}";
            given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employee\": " + employee + "}")
                    .when().post("/api/v1/evaluations").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employee\": {\"id\": \"" + SENTINEL + "\", \"sector\": \"" + SENTINEL + "\"}}")
                    .when().post("/api/v1/evaluations").then().statusCode(400);
            given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employees\": [" + employee + ", {\"id\": \"" + SENTINEL + "\", \"jobCode\": \"" + SENTINEL + "\"}]}")
                    .when().post("/api/v1/evaluations/batch").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"month\": \"" + SENTINEL)
                    .when().post("/api/v1/evaluations").then().statusCode(400);
            given().when().get("/test-only/failing").then().statusCode(500);
        } finally {
            capture.close();
        }
        assertTrue(capture.lines().stream().anyMatch(l -> l.contains("Unexpected error")), "the capture sees application logs: " + capture.lines());
        for (String line : capture.lines()) {
            assertFalse(line.contains(SENTINEL), "personal data in a log line: " + line);
            assertFalse(line.contains("75.84"), "pay data in a log line: " + line);
        }
    }

    @Test
    void correlationIdAndSafeHeaders() {
        given().contentType(ContentType.JSON).header("X-Request-Id", "payroll-2024-09.batch_7")
                .body("{\"month\": \"2024-09\", \"employee\": {}}")
                .when().post("/api/v1/evaluations").then().statusCode(200)
                .header("X-Request-Id", equalTo("payroll-2024-09.batch_7"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
        given().header("X-Request-Id", "bad id with spaces and <script>")
                .when().get("/api/v1/reference/jobs").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
