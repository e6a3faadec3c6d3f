package fr.segur.eligibility.workforce;

import static fr.segur.eligibility.workforce.WorkforceFixtures.COOK;
import static fr.segur.eligibility.workforce.WorkforceFixtures.NURSE;
import static fr.segur.eligibility.workforce.WorkforceFixtures.document;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.rest.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedules are run by several workers, chunk by chunk, and still come back one per employee, in request order. */
@QuarkusTest
class WorkforceScheduleOrderTest {

    @Test
    @SendsInvalidRequests
    void manyChunksRunByTheWorkersComeBackInRequestOrder() throws Exception {
        int count = 3000;
        int unreadable = 1777;
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Two profiles, so that chunks differ in cost; one line is not JSON at all.
            String employee = (i % 3 == 0 ? COOK : NURSE).replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"N-" + i + "\"");
            ndjson.append(i == unreadable ? "{not json" : employee).append('\n');
        }
        String out = given().contentType("application/x-ndjson").accept("application/x-ndjson").queryParam("from", "2024-01")
                .queryParam("to", "2024-02").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/workforce/schedules").then().statusCode(200).extract().asString();
        String[] lines = out.split("\n");
        assertEquals(count, lines.length);
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < count; i++) {
            JsonNode line = mapper.readTree(lines[i]);
            if (i == unreadable) {
                assertEquals("INVALID", line.path("status").asText(), lines[i]);
                assertEquals(i, line.path("index").asInt(), lines[i]);
                assertEquals(i + 1, line.path("line").asInt(), lines[i]);
            } else {
                assertEquals("N-" + i, line.path("employeeId").asText(), "line " + i + ": " + lines[i]);
            }
        }
    }

    @Test
    @SendsInvalidRequests
    void elementsOfTheDocumentThatAreNotObjectsAreInvalidInTheirPlace() {
        List<String> employees = new ArrayList<>(List.of(NURSE, "42", "[1, {\"id\": \"Z\"}]", "\"text\"", COOK));
        JsonPath answer = given().contentType(ContentType.JSON).body(document("2024-01", "2024-02", "", employees))
                .post("/api/v1/workforce/schedules").then().statusCode(200).extract().jsonPath();
        assertEquals(5, answer.getList("schedules").size());
        assertEquals("H-1", answer.getString("schedules[0].employeeId"));
        for (int i = 1; i <= 3; i++) {
            assertEquals("INVALID", answer.getString("schedules[" + i + "].status"));
            assertEquals(i, answer.getInt("schedules[" + i + "].index"));
            assertTrue(answer.getString("schedules[" + i + "].errors[0].field").startsWith("employees[" + i + "]"),
                    answer.getString("schedules[" + i + "].errors[0].field"));
        }
        assertEquals("C-1", answer.getString("schedules[4].employeeId"));
    }
}
