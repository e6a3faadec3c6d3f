package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Operators see answers per rule set, measure and outcome, and batch sizes; never personal data. */
@QuarkusTest
class MetricsTest {

    private static final String SENTINEL = "E-METRICS-SENTINEL-7";

    @Test
    @SendsInvalidRequests
    void answersAreCountedByRuleSetMeasureAndOutcome() {
        String eligible = "segur_evaluations_total\\{measure=\"EXTENSION_2024\",outcome=\"ELIGIBLE\",ruleSet=\"bassms\"\\}";
        String invalid = "segur_evaluations_total{measure=\"none\",outcome=\"INVALID\",ruleSet=\"none\"}";
        String batchSize = "segur_batch_size_employees_count{format=\"json\"}";
        double before = count(metrics(), eligible);
        given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employees\": [{\"id\": \"" + SENTINEL + "\", "
                        + "\"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", \"establishmentType\": \"ESSMS_HANDICAP\", "
                        + "\"employer\": {\"idcc\": 413}}, {\"id\": \"" + SENTINEL + "\", \"sector\": \"NOPE\"}]}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200);
        String metrics = metricsOnceRecorded(m -> count(m, eligible) >= before + 1 && m.contains(invalid) && m.contains(batchSize));
        assertTrue(count(metrics, eligible) >= before + 1, metrics);
        assertTrue(metrics.contains(invalid), metrics);
        assertTrue(metrics.contains(batchSize), metrics);
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP server metrics are on");
        assertFalse(metrics.contains(SENTINEL), "no employee id in metrics");
        assertFalse(metrics.contains("SECRETAIRE"), "no job in metrics");
    }

    @Test
    void timersPerEvaluationAndPerEndpointAndFormatAndHttpServerMetricsWithTemplatedUris() {
        String employee = "{\"id\": \"" + SENTINEL + "\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", "
                + "\"establishmentType\": \"ESSMS_HANDICAP\", \"employer\": {\"idcc\": 413}, \"workingTime\": {\"ratio\": \"0.8\"}}";
        given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employee\": " + employee + "}")
                .when().post("/api/v1/evaluations").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"from\": \"2024-01\", \"to\": \"2024-02\", \"employee\": " + employee + "}")
                .when().post("/api/v1/evaluations/schedule").then().statusCode(200);
        given().contentType("application/x-ndjson").accept("application/x-ndjson").body(("{\"month\": \"2024-09\", \"employee\": " + employee + "}\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/batch").then().statusCode(200);
        given().contentType("text/csv").accept("text/csv").body(("id,sector\n" + SENTINEL + ",PRIVATE_NON_PROFIT\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/batch").then().statusCode(200);
        given().when().get("/api/v1/rulesets/bassms/versions/2024-01-01").then().statusCode(200);

        String evaluation = "segur_evaluation_duration_seconds_count{measure=\"EXTENSION_2024\",outcome=\"ELIGIBLE\",ruleSet=\"bassms\"}";
        List<String> endpoints = Stream.of("endpoint=\"evaluate\",format=\"json\"", "endpoint=\"schedule\",format=\"json\"",
                "endpoint=\"batch\",format=\"ndjson\"", "endpoint=\"batch\",format=\"csv\"")
                .map(series -> "segur_request_duration_seconds_count{" + series + "}").toList();
        String templated = "uri=\"/api/v1/rulesets/{id}/versions/{version}\"";
        String metrics = metricsOnceRecorded(m -> m.contains(evaluation) && endpoints.stream().allMatch(m::contains)
                && m.contains(templated));
        assertTrue(metrics.contains(evaluation), metrics);
        for (String series : endpoints) {
            assertTrue(metrics.contains(series), series + " in " + metrics);
        }
        assertTrue(metrics.contains(templated), "templated URIs: " + metrics);
        assertFalse(metrics.contains("uri=\"/api/v1/rulesets/bassms"), "no raw path as a URI label");

        // every label value of every series comes from the rule data or a fixed vocabulary
        Matcher labels = Pattern.compile("^[a-zA-Z_:][a-zA-Z0-9_:]*\\{(.*)\\} ", Pattern.MULTILINE).matcher(metrics);
        while (labels.find()) {
            String set = labels.group(1);
            assertFalse(set.contains(SENTINEL), "employee id in " + set);
            assertFalse(set.contains("SECRETAIRE") || set.contains("ESSMS_HANDICAP") || set.contains("PRIVATE_NON_PROFIT"),
                    "employee data in " + set);
            assertFalse(set.matches(".*=\"[0-9]+\\.[0-9]{2}\".*"), "an amount in " + set);
        }
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The scrape once the requests just answered are all recorded, or the last scrape after 10 s. The HTTP server
     * metrics (and a streamed answer's timer) are recorded when the server ends the response, which can come after
     * the client has read the whole answer: under load the next scrape could run first, and miss them.
     */
    private static String metricsOnceRecorded(Predicate<String> recorded) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String metrics = metrics();
        while (!recorded.test(metrics) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            metrics = metrics();
        }
        return metrics;
    }

    private static double count(String metrics, String series) {
        Matcher m = Pattern.compile("^" + series + " ([0-9.E+]+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
