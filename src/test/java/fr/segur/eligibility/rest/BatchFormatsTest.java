package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * All nine format pairs of the batch (JSON, NDJSON, CSV in × out): each result is the single evaluation of the same
 * employee, in request order.
 */
@QuarkusTest
class BatchFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EMPLOYEES = List.of(
            "{\"id\":\"A\",\"sector\":\"PRIVATE_NON_PROFIT\",\"jobCode\":\"SECRETAIRE\",\"establishmentType\":\"ESSMS_HANDICAP\","
                    + "\"employer\":{\"idcc\":413},\"workingTime\":{\"ratio\":\"0.8\"},\"employmentStart\":\"2019-03-01\"}",
            "{\"id\":\"B\",\"sector\":\"PUBLIC_FPH\",\"jobCode\":\"INFIRMIER\",\"establishmentType\":\"EHPAD\",\"employmentStart\":\"2015-01-01\"}",
            "{\"id\":\"C\",\"sector\":\"PRIVATE_NON_PROFIT\",\"jobCode\":\"SECRETAIRE\",\"establishmentType\":\"ESSMS_HANDICAP\"}",
            "{\"id\":\"D\",\"sector\":\"PRIVATE_FOR_PROFIT\",\"jobCode\":\"CUISINIER\",\"establishmentType\":\"EHPAD\",\"employer\":{\"idcc\":2264}}");
    private static final String CSV = "id,sector,jobCode,establishmentType,idcc,workingTimeRatio,employmentStart\n"
            + "A,PRIVATE_NON_PROFIT,SECRETAIRE,ESSMS_HANDICAP,413,0.8,2019-03-01\n"
            + "B,PUBLIC_FPH,INFIRMIER,EHPAD,,,2015-01-01\n"
            + "C,PRIVATE_NON_PROFIT,SECRETAIRE,ESSMS_HANDICAP,,,\n"
            + "D,PRIVATE_FOR_PROFIT,CUISINIER,EHPAD,2264,,\n";
    private static final List<String> CSV_COLUMNS = List.of("id", "status", "measure", "ruleSet", "ruleSetVersion", "amount",
            "effectiveDate");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "application/json, application/json", "application/json, application/x-ndjson", "application/json, text/csv",
        "application/x-ndjson, application/json", "application/x-ndjson, application/x-ndjson", "application/x-ndjson, text/csv",
        "text/csv, application/json", "text/csv, application/x-ndjson", "text/csv, text/csv"})
    void eachResultIsTheSingleEvaluation(String in, String out) throws Exception {
        Response answer = given().contentType(in).accept(out).queryParam("month", "2024-09").body(body(in).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().response();
        assertEquals(out, answer.contentType().split(";")[0]);
        List<JsonNode> results = results(out, answer.asString());
        assertEquals(EMPLOYEES.size(), results.size(), answer.asString());
        for (int i = 0; i < EMPLOYEES.size(); i++) {
            JsonNode single = single(EMPLOYEES.get(i));
            JsonNode expected = out.equals("text/csv") ? csvRow(single) : single;
            // CSV holds no explanation: a CSV input is explained like a JSON one, but its reason column is left out.
            assertEquals(expected, results.get(i), out + " result " + i);
        }
    }

    private static String body(String format) {
        return switch (format) {
            case "application/json" -> "{\"employees\": [" + String.join(",", EMPLOYEES) + "]}";
            case "application/x-ndjson" -> String.join("\n", EMPLOYEES.stream().map(e -> "{\"employee\": " + e + "}").toList()) + "\n";
            default -> CSV;
        };
    }

    private static JsonNode single(String employee) throws Exception {
        return JSON.readTree(given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employee\": " + employee + "}")
                .when().post("/api/v1/evaluations").then().statusCode(200).extract().asString());
    }

    /** The results as single answers: without their place in the batch, or as the CSV columns of one. */
    private static List<JsonNode> results(String format, String answer) throws Exception {
        List<JsonNode> results = new ArrayList<>();
        switch (format) {
            case "application/json" -> {
                JsonNode doc = JSON.readTree(answer);
                assertEquals("2024-09", doc.get("month").asText());
                assertEquals(EMPLOYEES.size(), doc.get("summary").get("total").asInt());
                for (JsonNode r : doc.get("results")) {
                    ((ObjectNode) r).remove(List.of("index", "line"));
                    results.add(r);
                }
            }
            case "application/x-ndjson" -> {
                for (String line : answer.lines().toList()) {
                    results.add(JSON.readTree(line));
                }
            }
            default -> {
                List<String> lines = answer.lines().toList();
                List<String> header = List.of(lines.get(0).split(",", -1));
                for (String line : lines.subList(1, lines.size())) {
                    List<String> cells = List.of(line.split(",", -1));
                    ObjectNode row = JSON.createObjectNode();
                    for (String column : CSV_COLUMNS) {
                        row.put(column, cells.get(header.indexOf(column)));
                    }
                    results.add(row);
                }
            }
        }
        return results;
    }

    private static JsonNode csvRow(JsonNode single) {
        JsonNode e = single.path("entitlement");
        ObjectNode row = JSON.createObjectNode();
        row.put("id", single.get("employeeId").asText());
        row.put("status", single.get("status").asText());
        row.put("measure", e.path("measure").asText(""));
        row.put("ruleSet", e.path("ruleSet").path("id").asText(""));
        row.put("ruleSetVersion", e.path("ruleSet").path("version").asText(""));
        row.put("amount", e.path("amount").asText(""));
        row.put("effectiveDate", e.path("effectiveDate").asText(""));
        return row;
    }
}
