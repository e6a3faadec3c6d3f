package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Operators see answers per rule set, measure and outcome, and batch sizes; never personal data. */
@QuarkusTest
class MetricsTest {

    private static final String SENTINEL = "E-METRICS-SENTINEL-7";

    @Test
    void answersAreCountedByRuleSetMeasureAndOutcome() {
        double before = count("segur_evaluations_total\\{measure=\"EXTENSION_2024\",outcome=\"ELIGIBLE\",ruleSet=\"bassms\"\\}");
        given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employees\": [{\"id\": \"" + SENTINEL + "\", "
                        + "\"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", \"establishmentType\": \"ESSMS_HANDICAP\", "
                        + "\"employer\": {\"idcc\": 413}}, {\"id\": \"" + SENTINEL + "\", \"sector\": \"NOPE\"}]}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200);
        String metrics = metrics();
        assertTrue(count("segur_evaluations_total\\{measure=\"EXTENSION_2024\",outcome=\"ELIGIBLE\",ruleSet=\"bassms\"\\}") >= before + 1, metrics);
        assertTrue(metrics.contains("segur_evaluations_total{measure=\"none\",outcome=\"INVALID\",ruleSet=\"none\"}"), metrics);
        assertTrue(metrics.contains("segur_batch_size_employees_count{format=\"json\"}"), metrics);
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP server metrics are on");
        assertFalse(metrics.contains(SENTINEL), "no employee id in metrics");
        assertFalse(metrics.contains("SECRETAIRE"), "no job in metrics");
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double count(String series) {
        Matcher m = Pattern.compile("^" + series + " ([0-9.E+]+)$", Pattern.MULTILINE).matcher(metrics());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
