package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
    @MethodSource("fr.segur.eligibility.rest.BatchAnswerFormats#pairs")
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
        return BatchAnswerFormats.body(format, EMPLOYEES, CSV);
    }

    private static JsonNode single(String employee) throws Exception {
        return JSON.readTree(given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employee\": " + employee + "}")
                .when().post("/api/v1/evaluations").then().statusCode(200).extract().asString());
    }

    /** The results as single answers, the JSON answer's month and count checked on the way. */
    private static List<JsonNode> results(String format, String answer) throws Exception {
        if (format.equals("application/json")) {
            JsonNode doc = JSON.readTree(answer);
            assertEquals("2024-09", doc.get("month").asText());
            assertEquals(EMPLOYEES.size(), doc.get("summary").get("total").asInt());
        }
        return BatchAnswerFormats.results(format, answer, CSV_COLUMNS);
    }

    private static JsonNode csvRow(JsonNode single) {
        return BatchAnswerFormats.csvRow(single, CSV_COLUMNS);
    }
}
