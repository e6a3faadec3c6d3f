package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Whole payrolls: JSON batches, NDJSON streams and CSV files; one bad employee never fails the others. */
@QuarkusTest
class BatchResourceTest {

    private static final String SECRETARY = "{\"id\": \"A\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", "
            + "\"establishmentType\": \"ESSMS_HANDICAP\", \"employer\": {\"idcc\": 413}, \"employmentStart\": \"2019-03-01\"}";
    private static final String NURSE = "{\"id\": \"B\", \"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", \"establishmentType\": \"EHPAD\", "
            + "\"workingTime\": {\"ratio\": 0.8}, \"employmentStart\": \"2015-01-01\"}";

    @Test
    @SendsInvalidRequests
    void resultsKeepTheOrderAndInvalidEmployeesAreIsolated() {
        String body = "{\"month\": \"2024-09\", \"employees\": [" + SECRETARY + ", {\"id\": \"X\", \"sector\": \"NOPE\"}, " + NURSE
                + ", {\"id\": \"Y\", \"jobCode\": \"ASTRONAUTE\", \"workingTime\": {\"ratio\": 2}}, 42, "
                + "{\"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", \"establishmentType\": \"ESSMS_HANDICAP\"}]}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/evaluations/batch").then().statusCode(200)
                .body("month", equalTo("2024-09"))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4, 5)))
                .body("results.status", equalTo(List.of("ELIGIBLE", "INVALID", "ELIGIBLE", "INVALID", "INVALID", "INDETERMINATE")))
                .body("results[0].entitlement.amount", equalTo("238.00"))
                .body("results[0].employeeId", equalTo("A"))
                .body("results[1].employeeId", equalTo("X"))
                .body("results[1].errors.field", equalTo(List.of("employees[1].sector")))
                .body("results[2].entitlement.amount", equalTo("206.76"))
                .body("results[3].errors.field", equalTo(List.of("employees[3].workingTime.ratio", "employees[3].jobCode")))
                .body("results[4].errors.field", equalTo(List.of("employees[4]")))
                .body("results[5].missingFacts", equalTo(List.of("employee.employer.idcc")))
                .body("summary.total", equalTo(6))
                .body("summary.eligible", equalTo(2))
                .body("summary.notEligible", equalTo(0))
                .body("summary.indeterminate", equalTo(1))
                .body("summary.invalid", equalTo(3));
    }

    @Test
    void eachResultEqualsTheSingleEvaluation() {
        String single = given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employee\": " + NURSE + "}")
                .when().post("/api/v1/evaluations").then().statusCode(200).extract().asString();
        JsonPath batch = given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employees\": [" + NURSE + "]}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().jsonPath();
        java.util.Map<String, Object> result = new java.util.HashMap<>(batch.getMap("results[0]"));
        result.remove("index");
        assertEquals(JsonPath.from(single).getMap(""), result);
    }

    @Test
    @SendsInvalidRequests
    void badEnvelopeIsA400() {
        given().contentType(ContentType.JSON).body("{\"month\": \"2024-9\", \"employees\": []}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(400).body("errors.field", equalTo(List.of("month")));
        given().contentType(ContentType.JSON).body("{\"employees\": {}}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(400).body("errors.field", equalTo(List.of("employees")));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/evaluations/batch")
    java.net.URI batchUri;

    /** Large bodies go through the JDK client: RestAssured's parsing of a 100 MB answer would dominate the test. */
    private java.net.http.HttpResponse<byte[]> post(java.net.http.HttpRequest.BodyPublisher body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(batchUri).header("Content-Type", "application/json").POST(body).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aBatchAtTheLimitIsAnsweredAndOneMoreIs413() throws Exception {
        String atLimit = IntStream.range(0, 10_000).mapToObj(i -> "{}").collect(Collectors.joining(",", "{\"month\": \"2024-09\", \"employees\": [", "]}"));
        var answer = post(java.net.http.HttpRequest.BodyPublishers.ofString(atLimit));
        assertEquals(200, answer.statusCode());
        com.fasterxml.jackson.databind.JsonNode summary = readTree(answer.body()).get("summary");
        assertEquals(10_000, summary.get("total").asInt());
        assertEquals(10_000, summary.get("indeterminate").asInt());

        var refused = post(java.net.http.HttpRequest.BodyPublishers.ofString(atLimit.replace("[{}", "[{},{}")));
        assertEquals(413, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        String detail = readTree(refused.body()).get("detail").asText();
        assertTrue(detail.contains("10001") && detail.contains("eligibility.batch.max-employees"), detail);
    }

    @Test
    void aJsonDocumentWithoutDeclaredLengthIs411() throws Exception {
        byte[] body = ("{\"employees\": [" + SECRETARY + "]}").getBytes(StandardCharsets.UTF_8);
        var answer = post(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        assertEquals(411, answer.statusCode());
        assertTrue(readTree(answer.body()).get("detail").asText().contains("application/x-ndjson"));
    }

    @Test
    void ndjsonAnswersOneLineALineInOrderAndSurvivesBadLines() {
        String lines = "{\"month\": \"2024-09\", \"employee\": " + SECRETARY + "}\n"
                + "this is not json\n"
                + "\n"
                + "{\"employee\": " + NURSE + "}\n"
                + "{\"employee\": {\"jobCode\": \"ASTRONAUTE\"}}\n"
                + "[1, 2]\n"
                + "{\"ruleSets\": \"bassms\", \"employee\": {}}\n";
        String out = given().contentType("application/x-ndjson").accept("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8))
                .queryParam("month", "2023-09")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        List<JsonPath> answers = out.lines().map(JsonPath::from).toList();
        assertEquals(6, answers.size(), out);
        assertEquals("ELIGIBLE", answers.get(0).getString("status"));
        assertEquals("2024-09", answers.get(0).getString("month"));
        assertEquals("INVALID", answers.get(1).getString("status"));
        assertEquals(2, answers.get(1).getInt("line"));
        assertEquals("ELIGIBLE", answers.get(2).getString("status"));
        assertEquals("2023-09", answers.get(2).getString("month"), "the query month applies to lines without one");
        assertEquals("206.76", answers.get(2).getString("entitlement.amount"));
        assertEquals(List.of("employee.jobCode"), answers.get(3).getList("errors.field"));
        assertEquals(5, answers.get(3).getInt("line"));
        assertEquals(6, answers.get(4).getInt("line"));
        assertEquals(List.of("ruleSets"), answers.get(5).getList("errors.field"));
    }

    /**
     * The JSON batch is written as it goes: every result equals the answer the same employee gets alone (an NDJSON
     * line, read its own way), INVALID results name their fields under employees[i], and the summary written last
     * counts them all.
     */
    @Test
    @SendsInvalidRequests
    void theStreamedAnswerEqualsEachEmployeeAnsweredAlone() {
        List<String> employees = List.of(SECRETARY, "{\"sector\": \"PRIVATE\", \"id\": \"Z\"}", NURSE, "null",
                "{\"jobCode\": \"ASTRONAUTE\", \"id\": \"Q\"}", "[1]", "{}", "\"text\"");
        String batch = given().contentType(ContentType.JSON).body("{\"month\": \"2024-09\", \"employees\": ["
                        + String.join(", ", employees) + "]}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().asString();
        com.fasterxml.jackson.databind.JsonNode answer = readTree(batch.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("month", "results", "summary"), iterable(answer.fieldNames()));
        StringBuilder lines = new StringBuilder();
        for (String e : employees) {
            lines.append("{\"month\": \"2024-09\", \"employee\": ").append(e).append("}\n");
        }
        String ndjson = given().contentType("application/x-ndjson").accept("application/x-ndjson")
                .body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().asString();
        List<String> alone = ndjson.lines().toList();
        assertEquals(employees.size(), answer.get("results").size());
        for (int i = 0; i < employees.size(); i++) {
            var result = (com.fasterxml.jackson.databind.node.ObjectNode) answer.get("results").get(i).deepCopy();
            var single = (com.fasterxml.jackson.databind.node.ObjectNode) readTree(alone.get(i).getBytes(StandardCharsets.UTF_8));
            assertEquals(i, result.remove("index").asInt());
            if ("INVALID".equals(single.path("status").asText())) {
                String path = "employees[" + i + "]";
                single.remove("line");
                single.remove("index");
                List<String> fields = iterable(result.remove("errors").elements()).stream()
                        .map(err -> err.get("field").asText()).toList();
                List<String> singleFields = iterable(single.remove("errors").elements()).stream()
                        .map(err -> err.get("field").asText().replaceFirst("^employee", path)).toList();
                assertEquals(singleFields, fields, "result " + i);
                // An NDJSON line that is no employee object is refused before its id and month are read.
                result.remove(List.of("employeeId", "month"));
                single.remove(List.of("employeeId", "month"));
            }
            assertEquals(single, result, "result " + i);
        }
        assertEquals(List.of("ELIGIBLE", "INVALID", "ELIGIBLE", "INVALID", "INVALID", "INVALID", "INDETERMINATE", "INVALID"),
                iterable(answer.get("results").elements()).stream().map(r -> r.get("status").asText()).toList());
        assertEquals("Z", answer.get("results").get(1).get("employeeId").asText(), "the id of an INVALID employee, even after the bad field");
        assertEquals(readTree("{\"total\": 8, \"eligible\": 2, \"notEligible\": 0, \"indeterminate\": 1, \"invalid\": 5}"
                .getBytes(StandardCharsets.UTF_8)), answer.get("summary"));
    }

    @Test
    @SendsInvalidRequests
    void envelopeErrorsAreProblemsBeforeAnyResult() {
        given().contentType(ContentType.JSON).body("{\"employees\": [" + SECRETARY + "], \"ruleSets\": [\"nope\"]}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("ruleSets[0]")));
        given().contentType(ContentType.JSON).body("{\"employees\": [" + SECRETARY + ", {\"id\": \"A\", \"jobCode\": }]}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/evaluations/batch").then().statusCode(400).contentType("application/problem+json");
    }

    /** A line of twice the limit (1 MiB), with no line end for a long while, is answered INVALID and skipped. */
    @Test
    void anNdjsonLineOverTheLengthLimitIsAnsweredInvalidAndSkipped() {
        String valid = "{\"month\": \"2024-09\", \"employee\": " + SECRETARY + "}\n";
        String huge = "{\"employee\": {\"id\": \"" + "x".repeat(2 << 20) + "\"}}\n";
        byte[] body = (valid + valid + huge + valid).getBytes(StandardCharsets.UTF_8);
        String out = given().contentType("application/x-ndjson").accept("application/x-ndjson").header("Accept-Language", "en")
                .body(body).when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().asString();
        List<JsonPath> answers = out.lines().map(JsonPath::from).toList();
        assertEquals(4, answers.size(), out);
        assertEquals(List.of("ELIGIBLE", "ELIGIBLE", "INVALID", "ELIGIBLE"), answers.stream().map(a -> a.getString("status")).toList());
        assertEquals(3, answers.get(2).getInt("line"));
        assertEquals("line too long: at most 1048576 bytes (eligibility.ndjson.max-line-length); line skipped",
                answers.get(2).getString("errors[0].message"));
        assertEquals("A", answers.get(3).getString("employeeId"));
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(byte[] json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String CSV_HEADER = "id,sector,jobCode,establishmentType,fundedBy,attachedToPublicHospital,"
            + "mainActivityAccompaniment,idcc,signatoryMember,workingTimeRatio,monthlyHours,partTimeScheme,payRate,employmentStart,employmentEnd\n";

    @Test
    void csvInCsvOut() {
        String csv = CSV_HEADER
                + "A,PRIVATE_NON_PROFIT,SECRETAIRE,ESSMS_HANDICAP,ASSURANCE_MALADIE|DEPARTEMENT,false,,413,true,0.8,,,,2019-03-01,\n"
                + "B,PRIVATE_NON_PROFIT,SECRETAIRE,ESSMS_HANDICAP,,,,413,,,75.84,,,2019-03-01,\n"
                + "C,PUBLIC_FPH,INFIRMIER,EHPAD,,,,,,,,,HALF,2015-01-01,\n"
                + "D,PRIVATE,SECRETAIRE,,,,,,,,,,,,\n";
        String out = given().contentType("text/csv").accept("text/csv").body(csv).queryParam("month", "2024-09")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        List<String> rows = out.lines().toList();
        assertEquals("id,status,measure,ruleSet,ruleSetVersion,amount,totalAmount,effectiveDate,reason", rows.get(0));
        assertEquals("A,ELIGIBLE,EXTENSION_2024,bassms,2024-01-01-r2,190.40,190.40,2024-01-01,", rows.get(1));
        assertEquals("B,ELIGIBLE,EXTENSION_2024,bassms,2024-01-01-r2,119.01,119.01,2024-01-01,", rows.get(2));
        assertEquals("C,ELIGIBLE,CTI_SANTE_2020,public-ifse,2023-03-01-r2,120.61,120.61,2020-09-01,", rows.get(3));
        assertTrue(rows.get(4).startsWith("D,INVALID,,,,,,,") && rows.get(4).contains("employees[3].sector"), rows.get(4));
        assertEquals(5, rows.size());
    }

    @Test
    void frenchSpreadsheetExportWithBomSemicolonsAndDecimalCommas() {
        String csv = "\uFEFFid;sector;jobCode;establishmentType;idcc;workingTimeRatio;monthlyHours;employmentStart\n"
                + "A;PRIVATE_NON_PROFIT;SECRETAIRE;ESSMS_HANDICAP;413;0,8;;01/03/2019\n"
                + "B;PRIVATE_NON_PROFIT;SECRETAIRE;ESSMS_HANDICAP;413;;121,34;2019-03-01\n";
        given().contentType("text/csv; charset=UTF-8").accept(ContentType.JSON).body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("month", "2024-09")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200)
                .body("results.employeeId", equalTo(List.of("A", "B")))
                .body("results.entitlement.amount", equalTo(List.of("190.40", "190.41")))
                .body("results[0].entitlement.effectiveDate", equalTo("2024-01-01"))
                .body("summary.eligible", equalTo(2));
    }

    @Test
    @SendsInvalidRequests
    void csvWithAnUnknownColumnIs400() {
        given().contentType("text/csv").accept(ContentType.JSON).body("id,jobcode\nA,SECRETAIRE\n")
                .when().post("/api/v1/evaluations/batch").then().statusCode(400)
                .body("errors[0].message", containsString("jobcode"));
        given().contentType("text/csv").accept(ContentType.JSON).body("id\nA\n").queryParam("month", "24-09")
                .when().post("/api/v1/evaluations/batch").then().statusCode(400).body("errors.field", hasSize(1));
    }
}
