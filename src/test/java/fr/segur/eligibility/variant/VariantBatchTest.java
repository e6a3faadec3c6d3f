package fr.segur.eligibility.variant;

import static fr.segur.eligibility.variant.VariantFixtures.COOK;
import static fr.segur.eligibility.variant.VariantFixtures.CSV;
import static fr.segur.eligibility.variant.VariantFixtures.MONTH;
import static fr.segur.eligibility.variant.VariantFixtures.NAME;
import static fr.segur.eligibility.variant.VariantFixtures.NURSE;
import static fr.segur.eligibility.variant.VariantFixtures.assertNoPublishedChecksum;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.segur.eligibility.catalog.RuleCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A named variant selected on the batch, in all nine format pairs: each result is the single answer under the same
 * variant, marked on its own (a JSON result, an NDJSON line, a CSV row), and no published checksum anywhere.
 */
@QuarkusTest
class VariantBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EMPLOYEES = List.of(COOK, NURSE);

    @Inject
    RuleCatalog catalog;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "application/json, application/json", "application/json, application/x-ndjson", "application/json, text/csv",
        "application/x-ndjson, application/json", "application/x-ndjson, application/x-ndjson", "application/x-ndjson, text/csv",
        "text/csv, application/json", "text/csv, application/x-ndjson", "text/csv, text/csv"})
    void eachResultIsTheSingleAnswerUnderTheVariantAndSaysSo(String in, String out) throws Exception {
        Response answer = given().contentType(in).accept(out).queryParam("month", MONTH).queryParam("variant", NAME)
                .body(body(in).getBytes(StandardCharsets.UTF_8)).post("/api/v1/evaluations/batch")
                .then().statusCode(200).header("X-Simulation", "true").extract().response();
        assertNoPublishedChecksum(answer.asString());
        List<JsonNode> results = results(out, answer.asString());
        assertEquals(EMPLOYEES.size(), results.size(), answer.asString());
        JsonNode cook = single(COOK, true);
        assertEquals("ELIGIBLE", cook.get("status").asText());
        assertEquals(VariantFixtures.ifseSocle(catalog, MONTH), cook.get("entitlement").get("amount").asText());
        for (int i = 0; i < EMPLOYEES.size(); i++) {
            JsonNode single = single(EMPLOYEES.get(i), true);
            assertEquals(out.equals("text/csv") ? csvRow(single) : single, results.get(i), out + " result " + i);
        }
        // Not concerned by the variant, the nurse's amounts are those of the rules in force.
        JsonNode nurse = single(NURSE, false);
        assertEquals(nurse.get("totalAmount"), single(NURSE, true).get("totalAmount"));
        assertEquals(nurse.get("entitlement").get("amount"), single(NURSE, true).get("entitlement").get("amount"));
    }

    @Test
    void withoutTheVariantTheCookIsNotEligibleAndNothingIsMarked() {
        Response answer = given().contentType("text/csv").accept("text/csv").queryParam("month", MONTH).body(CSV)
                .post("/api/v1/evaluations/batch").then().statusCode(200).header("X-Simulation", nullValue())
                .extract().response();
        List<String> lines = answer.asString().lines().toList();
        assertFalse(lines.get(0).contains("variant"), lines.get(0));
        assertEquals("NOT_ELIGIBLE", lines.get(1).split(",", -1)[1]);
        given().contentType(ContentType.JSON).body("{\"month\": \"" + MONTH + "\", \"employees\": [" + COOK + "]}")
                .post("/api/v1/evaluations/batch").then().statusCode(200).header("X-Simulation", nullValue())
                .body("results[0].status", equalTo("NOT_ELIGIBLE")).body("results[0].variant", nullValue());
    }

    @Test
    void theJsonEnvelopeCarriesTheVariantObject() {
        String amount = VariantFixtures.ifseSocle(catalog, MONTH);
        given().contentType(ContentType.JSON).body("{\"month\": \"" + MONTH + "\", \"variant\": {\"name\": \"" + NAME + "\"}, "
                        + "\"employees\": [" + COOK + "]}")
                .post("/api/v1/evaluations/batch").then().statusCode(200).header("X-Simulation", "true")
                .body("results[0].entitlement.amount", equalTo(amount)).body("results[0].variant.name", equalTo(NAME));
        // The query and the body must agree.
        given().contentType(ContentType.JSON).queryParam("variant", NAME)
                .body("{\"month\": \"" + MONTH + "\", \"variant\": {\"ruleSet\": \"public-ifse\", \"parameters\": "
                        + "{\"ifseSocleFamilies\": [\"LOGISTIQUE\"]}}, \"employees\": [" + COOK + "]}")
                .post("/api/v1/evaluations/batch").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("variant"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/x-ndjson", "text/csv"})
    void anUnknownVariantIsA400NamingVariantName(String in) {
        given().contentType(in).queryParam("month", MONTH).queryParam("variant", "nope")
                .body(body(in).getBytes(StandardCharsets.UTF_8)).post("/api/v1/evaluations/batch")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("variant.name"));
    }

    private static String body(String format) {
        return switch (format) {
            case "application/json" -> "{\"employees\": [" + String.join(",", EMPLOYEES) + "]}";
            case "application/x-ndjson" -> String.join("\n", EMPLOYEES.stream().map(e -> "{\"employee\": " + e + "}").toList()) + "\n";
            default -> CSV;
        };
    }

    private static JsonNode single(String employee, boolean variant) throws Exception {
        return JSON.readTree((variant ? given().queryParam("variant", NAME) : given()).contentType(ContentType.JSON)
                .body("{\"month\": \"" + MONTH + "\", \"employee\": " + employee + "}")
                .post("/api/v1/evaluations").then().statusCode(200).extract().asString());
    }

    /** The results as single answers (without their place in the batch), or the CSV rows as objects. */
    private static List<JsonNode> results(String format, String answer) throws Exception {
        List<JsonNode> results = new ArrayList<>();
        switch (format) {
            case "application/json" -> {
                for (JsonNode r : JSON.readTree(answer).get("results")) {
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
                assertEquals("variant", header.get(header.size() - 1), "a simulation's CSV ends with the variant column");
                for (String line : lines.subList(1, lines.size())) {
                    List<String> cells = List.of(line.split(",", -1));
                    ObjectNode row = JSON.createObjectNode();
                    for (String column : List.of("id", "status", "measure", "ruleSet", "ruleSetVersion", "amount", "variant")) {
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
        row.put("variant", single.get("variant").get("name").asText());
        return row;
    }
}
