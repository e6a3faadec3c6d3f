package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ?detail=summary}: every answer equals the full answer without justification and decisions, and without an
 * {@code entitlements} list that only repeats {@code entitlement}.
 */
@QuarkusTest
class DetailLevelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EMPLOYEES = List.of(
            "{\"id\": \"N\", \"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", \"establishmentType\": \"EHPAD\", \"employmentStart\": \"2015-01-01\"}",
            "{\"id\": \"S\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", \"establishmentType\": \"ESSMS_HANDICAP\", "
                    + "\"employer\": {\"idcc\": 413, \"signatoryMember\": false}, \"workingTime\": {\"ratio\": \"0.8\"}}",
            "{\"id\": \"I\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"CUISINIER\", \"establishmentType\": \"EHPAD\"}",
            "{\"id\": \"X\", \"sector\": \"PRIVATE_FOR_PROFIT\", \"jobCode\": \"CUISINIER\", \"establishmentType\": \"EHPAD\"}",
            "{\"id\": \"F\", \"sector\": \"PUBLIC_FPT\", \"jobCode\": \"SECRETAIRE\", \"establishmentType\": \"SERVICES_CENTRAUX\"}");

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full answer minus the fields the summary level drops. */
    private static JsonNode withoutExplanation(JsonNode full) {
        ObjectNode copy = full.deepCopy();
        assertTrue(copy.has("decisions"), "a full answer has decisions");
        copy.remove("justification");
        copy.remove("decisions");
        JsonNode all = copy.get("entitlements");
        if (all != null && all.size() == 1 && all.get(0).equals(copy.get("entitlement"))) {
            copy.remove("entitlements");
        }
        return copy;
    }

    private static String single(String employee, String detail) {
        var request = given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"month\": \"2024-09\", \"employee\": " + employee + "}");
        if (detail != null) {
            request = request.queryParam("detail", detail);
        }
        return request.when().post("/api/v1/evaluations").then().statusCode(200).extract().asString();
    }

    @Test
    void aSummaryIsTheFullAnswerWithoutJustificationAndDecisions() {
        for (String employee : EMPLOYEES) {
            JsonNode full = read(single(employee, null));
            assertEquals(full, read(single(employee, "full")), "full is the default");
            JsonNode summary = read(single(employee, "summary"));
            assertFalse(summary.has("justification") || summary.has("decisions"), summary::toString);
            assertEquals(withoutExplanation(full), summary);
        }
    }

    @Test
    @SendsInvalidRequests
    void batchesAnswerAtTheAskedLevelInJsonAndNdjson() {
        String batch = "{\"month\": \"2024-09\", \"employees\": [" + String.join(", ", EMPLOYEES) + ", {\"id\": \"bad\", \"sector\": \"NOPE\"}]}";
        JsonNode full = read(given().contentType(ContentType.JSON).body(batch).when().post("/api/v1/evaluations/batch")
                .then().statusCode(200).extract().asString());
        JsonNode summary = read(given().contentType(ContentType.JSON).queryParam("detail", "summary").body(batch)
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().asString());
        assertEquals(full.get("summary"), summary.get("summary"));
        for (int i = 0; i < EMPLOYEES.size(); i++) {
            assertEquals(withoutExplanation(full.get("results").get(i)), summary.get("results").get(i));
        }
        assertEquals(full.get("results").get(EMPLOYEES.size()), summary.get("results").get(EMPLOYEES.size()), "INVALID answers are unchanged");

        StringBuilder lines = new StringBuilder();
        EMPLOYEES.forEach(e -> lines.append("{\"month\": \"2024-09\", \"employee\": ").append(e).append("}\n"));
        String[] answers = given().contentType("application/x-ndjson").accept("application/x-ndjson")
                .header("Accept-Language", "en").queryParam("detail", "summary").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().asString().split("\n");
        assertEquals(EMPLOYEES.size(), answers.length);
        for (int i = 0; i < EMPLOYEES.size(); i++) {
            assertEquals(withoutExplanation(read(single(EMPLOYEES.get(i), null))), read(answers[i]));
        }
    }

    @Test
    @SendsInvalidRequests
    void anUnknownLevelIsA400NamingDetail() {
        given().contentType(ContentType.JSON).queryParam("detail", "short")
                .body("{\"month\": \"2024-09\", \"employee\": " + EMPLOYEES.get(0) + "}")
                .when().post("/api/v1/evaluations").then().statusCode(400)
                .body("errors[0].field", equalTo("detail"));
        given().contentType("application/x-ndjson").accept("application/x-ndjson").queryParam("detail", "SUMMARY")
                .body("{}\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/batch").then().statusCode(400)
                .body("errors[0].field", equalTo("detail"));
    }
}
