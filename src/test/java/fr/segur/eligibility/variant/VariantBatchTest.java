package fr.segur.eligibility.variant;

import static fr.segur.eligibility.variant.VariantFixtures.COOK;
import static fr.segur.eligibility.variant.VariantFixtures.CSV;
import static fr.segur.eligibility.variant.VariantFixtures.MONTH;
import static fr.segur.eligibility.variant.VariantFixtures.NAME;
import static fr.segur.eligibility.variant.VariantFixtures.NURSE;
import static fr.segur.eligibility.variant.VariantFixtures.SECRETARY;
import static fr.segur.eligibility.variant.VariantFixtures.assertNoPublishedChecksum;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.rest.BatchAnswerFormats;
import fr.segur.eligibility.catalog.RuleCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A named variant selected on the batch, in all nine format pairs: each result is the single answer under the same
 * variant, marked on its own (a JSON result, an NDJSON line, a CSV row), and no published checksum anywhere.
 */
@QuarkusTest
class VariantBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EMPLOYEES = List.of(COOK, NURSE, SECRETARY);
    private static final List<String> CSV_COLUMNS = List.of("id", "status", "measure", "ruleSet", "ruleSetVersion", "amount",
            "variant");

    @Inject
    RuleCatalog catalog;

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("fr.segur.eligibility.rest.BatchAnswerFormats#pairs")
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
        // Not concerned by the variant, the nurse and the secretary are paid as under the rules in force.
        for (String employee : List.of(NURSE, SECRETARY)) {
            JsonNode inForce = single(employee, false);
            assertEquals("ELIGIBLE", inForce.get("status").asText());
            assertEquals(inForce.get("totalAmount"), single(employee, true).get("totalAmount"));
            assertEquals(inForce.get("entitlement").get("amount"), single(employee, true).get("entitlement").get("amount"));
        }
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
        return BatchAnswerFormats.body(format, EMPLOYEES, CSV);
    }

    private static JsonNode single(String employee, boolean variant) throws Exception {
        return JSON.readTree((variant ? given().queryParam("variant", NAME) : given()).contentType(ContentType.JSON)
                .body("{\"month\": \"" + MONTH + "\", \"employee\": " + employee + "}")
                .post("/api/v1/evaluations").then().statusCode(200).extract().asString());
    }

    /** The results as single answers; a simulation's CSV ends with the variant column. */
    private static List<JsonNode> results(String format, String answer) throws Exception {
        if (format.equals("text/csv")) {
            String header = answer.lines().findFirst().orElse("");
            assertTrue(header.endsWith(",variant"), "a simulation's CSV ends with the variant column: " + header);
        }
        return BatchAnswerFormats.results(format, answer, CSV_COLUMNS);
    }

    private static JsonNode csvRow(JsonNode single) {
        return BatchAnswerFormats.csvRow(single, CSV_COLUMNS);
    }
}
