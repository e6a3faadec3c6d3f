package fr.segur.eligibility.dsn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.rest.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/dsn/evaluations} over HTTP: multipart parts, JSON and CSV answers, problems, personal data. */
@QuarkusTest
class DsnResourceTest {

    private static final String PATH = "/api/v1/dsn/evaluations";
    private final DsnScenario scenario = new DsnScenario();

    private RequestSpecification upload(byte[] file, String establishments) {
        return given().contentType(Multipart.CONTENT_TYPE)
                .body(new Multipart().file("dsn", "dsn-2024-09.dsn", file).field("establishments", establishments).bytes());
    }

    @Test
    void aDsnIsAnsweredContractByContractAsJson() {
        JsonPath answer = upload(scenario.file, DsnScenario.ESTABLISHMENTS).accept("application/json")
                .when().post(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals("2024-09", answer.getString("month"));
        assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B4", "B2", "B3", "C1"), answer.getList("results.employeeId"));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), answer.getList("results.index"));
        assertEquals("INVALID", answer.getString("results[7].status"));
        assertEquals(scenario.brokenContractLine, answer.getInt("results[7].source.line"));
        assertEquals("dsn:" + scenario.brokenStartLine + ":S21.G00.40.001", answer.getString("results[7].errors[1].field"));
        assertEquals("200.00", answer.getString("results[4].audit.paid"));
        assertEquals(DsnScenario.PUBLIC_SIRET, answer.getString("results[4].source.siret"));
        assertEquals(9, answer.getInt("summary.total"));
    }

    @Test
    void csvAsForBatches() {
        String csv = upload(scenario.file, DsnScenario.ESTABLISHMENTS).accept("text/csv").queryParam("month", "2024-09")
                .when().post(PATH).then().statusCode(200).contentType(equalTo("text/csv;charset=UTF-8")).extract().asString();
        List<String> rows = csv.lines().toList();
        assertEquals("id,status,measure,ruleSet,ruleSetVersion,amount,totalAmount,effectiveDate,reason", rows.get(0));
        assertEquals(10, rows.size());
        assertTrue(rows.get(2).startsWith("A2,ELIGIBLE,") && rows.get(2).contains(",119.01,"), rows.get(2));
        assertTrue(rows.get(8).startsWith("B3,INVALID,") && rows.get(8).contains("dsn:" + scenario.brokenGarbageLine), rows.get(8));
    }

    @Test
    void problems() {
        upload("not a DSN at all".getBytes(), DsnScenario.ESTABLISHMENTS).header("Accept-Language", "en")
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("dsn")))
                .body("errors[0].message", containsString("not a DSN"));
        upload(scenario.file, "[{\"siret\": \"" + DsnScenario.PRIVATE_SIRET + "\", \"sector\": \"PRIVEE\"}]")
                .when().post(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("establishments[0].sector")));
        given().contentType(Multipart.CONTENT_TYPE).body(new Multipart().field("establishments", DsnScenario.ESTABLISHMENTS).bytes())
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("dsn")));
        given().contentType(Multipart.CONTENT_TYPE).body(new Multipart().file("dsn", "d.dsn", scenario.file).bytes())
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("establishments")));
    }

    @Test
    void theJsonPartsMayAlsoComeAsFiles() {
        byte[] body = new Multipart().file("dsn", "d.dsn", scenario.file)
                .file("establishments", "establishments.json", DsnScenario.ESTABLISHMENTS.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .file("jobs", "jobs.json", "[{\"pcsEse\": \"526a\", \"jobCode\": \"MEDECIN\"}]".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .bytes();
        given().contentType(Multipart.CONTENT_TYPE).body(body).when().post(PATH).then().statusCode(200)
                .body("results[0].status", equalTo("NOT_ELIGIBLE"))
                .body("results[4].source.siret", equalTo(DsnScenario.PUBLIC_SIRET));
    }

    @Test
    void aLargeEstablishmentsTableFitsInItsPart() {
        StringBuilder table = new StringBuilder(DsnScenario.ESTABLISHMENTS.substring(0, DsnScenario.ESTABLISHMENTS.length() - 1));
        for (int i = 0; i < 500; i++) {
            table.append(String.format(",{\"siret\": \"9%013d\", \"sector\": \"PUBLIC_FPT\", \"establishmentType\": \"PMI\"}", i));
        }
        upload(scenario.file, table.append(']').toString()).when().post(PATH).then().statusCode(200).body("results", hasSize(9));
    }

    @Test
    void theDefaultPcsEseTableIsServedAndNamesOnlyKnownJobs() {
        List<String> jobs = given().when().get("/api/v1/reference/jobs").then().statusCode(200).extract().jsonPath().getList("code");
        JsonPath table = given().when().get("/api/v1/reference/pcs-ese").then().statusCode(200).extract().jsonPath();
        assertEquals("AIDE_SOIGNANT", table.getString("find { it.pcsEse == '526a' }.jobCode"));
        List<String> used = table.getList("jobCode");
        assertTrue(Set.copyOf(jobs).containsAll(used), "unknown job codes: " + used.stream().filter(j -> !jobs.contains(j)).toList());
    }

    @Test
    void thePcsEseCorrectionsOfTheCheckHold() {
        // docs/dsn.md, "PCS-ESE": what the comparison with the PCS-ESE 2017 transcriptions corrected.
        JsonPath table = given().when().get("/api/v1/reference/pcs-ese").then().statusCode(200).extract().jsonPath();
        assertEquals("Agents de service hospitaliers", table.getString("find { it.pcsEse == '525d' }.label"));
        assertEquals("Agents de service de la fonction publique (sauf écoles, hôpitaux)", table.getString("find { it.pcsEse == '525c' }.label"));
        assertEquals("PSYCHOLOGUE", table.getString("find { it.pcsEse == '311d' }.jobCode"));
        List<String> codes = table.getList("pcsEse");
        assertFalse(codes.contains("343a"), "343a: psychologists of school guidance, not a socio-educational job");
        assertFalse(codes.contains("543d"), "543d: a PCS 2003 code, not in PCS-ESE 2017");
        assertTrue(codes.containsAll(List.of("543g", "543h", "523d")), String.valueOf(codes));
    }

    @Test
    void noNirNameOrBirthDateInAnyAnswerOrLog() {
        LogCapture capture = LogCapture.start();
        List<String> answers = new ArrayList<>();
        try {
            answers.add(upload(scenario.file, DsnScenario.ESTABLISHMENTS).accept("application/json")
                    .when().post(PATH).then().statusCode(200).extract().asString());
            answers.add(upload(scenario.file, DsnScenario.ESTABLISHMENTS).accept("text/csv")
                    .when().post(PATH).then().statusCode(200).extract().asString());
            answers.add(upload(scenario.file, "[{\"siret\": \"" + SyntheticDsn.SENTINEL + "\"}]")
                    .when().post(PATH).then().statusCode(400).extract().asString());
            byte[] truncated = java.util.Arrays.copyOf(scenario.file, 900);
            answers.add(upload(truncated, DsnScenario.ESTABLISHMENTS).when().post(PATH).then().statusCode(200).extract().asString());
            given().when().get("/test-only/failing").then().statusCode(500);
        } finally {
            capture.close();
        }
        assertTrue(answers.get(0).contains("\"B1\""), "the answers are there");
        for (String answer : answers) {
            assertFalse(answer.contains(SyntheticDsn.SENTINEL), answer);
        }
        assertTrue(capture.lines().stream().anyMatch(l -> l.contains("Unexpected error")), "the capture sees application logs");
        for (String line : capture.lines()) {
            assertFalse(line.contains(SyntheticDsn.SENTINEL), "personal data in a log line: " + line);
        }
    }
}
