package fr.segur.eligibility.workforce;

import static fr.segur.eligibility.workforce.WorkforceFixtures.BAD;
import static fr.segur.eligibility.workforce.WorkforceFixtures.COOK;
import static fr.segur.eligibility.workforce.WorkforceFixtures.EMPLOYEES;
import static fr.segur.eligibility.workforce.WorkforceFixtures.NURSE;
import static fr.segur.eligibility.workforce.WorkforceFixtures.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.rest.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workforce reports: totals equal to the schedules, funders' shares, the forgotten, invalid employees. */
@QuarkusTest
class WorkforceReportTest {

    static JsonPath report(String body) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .post("/api/v1/workforce/reports").then().statusCode(200).extract().jsonPath();
    }

    private static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    @Test
    @SendsInvalidRequests
    void totalsEqualTheSumOfTheSchedulesEachEqualToTheSingleSchedule() {
        List<String> employees = new ArrayList<>(EMPLOYEES);
        employees.add(BAD);
        String body = document("2023-11", "2024-12", "", employees);
        JsonPath schedules = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .post("/api/v1/workforce/schedules").then().statusCode(200).extract().jsonPath();
        JsonPath report = report(body);
        BigDecimal due = new BigDecimal("0.00");
        BigDecimal paid = new BigDecimal("0.00");
        for (int i = 0; i < EMPLOYEES.size(); i++) {
            Map<String, Object> schedule = schedules.getMap("schedules[" + i + "]");
            String employee = EMPLOYEES.get(i);
            String single = employee.contains("\"paid\"")
                    ? "{\"from\": \"2023-11\", \"to\": \"2024-12\", \"employee\": " + employee.replaceAll(", \"paid\": \\{[^}]*}", "")
                    + ", \"paid\": {\"2024-09\": \"100.00\"}}"
                    : "{\"from\": \"2023-11\", \"to\": \"2024-12\", \"employee\": " + employee + "}";
            Map<String, Object> alone = given().contentType(ContentType.JSON).body(single).post("/api/v1/evaluations/schedule")
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            assertEquals(alone, schedule, "employee " + i + " has the schedule /evaluations/schedule gives it");
            due = due.add(new BigDecimal(schedules.getString("schedules[" + i + "].totals.due")));
            paid = paid.add(new BigDecimal(schedules.getString("schedules[" + i + "].totals.paid")));
        }
        assertEquals("INVALID", schedules.getString("schedules[5].status"));
        assertEquals(due.toPlainString(), report.getString("totals.due"));
        assertEquals(paid.toPlainString(), report.getString("totals.paid"));
        assertEquals(due.subtract(paid).toPlainString(), report.getString("totals.balance"));
        assertEquals(due, sum(report.getList("byMonth.due")), "months add up to the total");
        assertEquals(due, sum(report.getList("byMeasure.due")), "measures add up to the total");
        assertEquals(due, sum(report.getList("byFunder.due")), "funders add up to the total");
        assertEquals(5, report.getInt("totals.headcount"));
        assertEquals(1, report.getInt("totals.invalid"));
        assertEquals(5, report.getInt("invalid[0].index"));
        assertEquals("employees[5].jobCode", report.getString("invalid[0].errors[0].field"));
        assertTrue(report.getBoolean("totals.employerCostEstimate"));
        assertTrue(report.getBoolean("employerCost.estimate"));
        assertTrue(new BigDecimal(report.getString("totals.employerCost")).compareTo(due.multiply(new BigDecimal("0.39"))) > 0,
                "contributions of at least the private rate on what is due");
    }

    @Test
    void manyChunksSummedByTheWorkersGiveTheSameTotals() {
        int copies = 700;
        JsonPath one = report(document("2024-01", "2024-03", "", EMPLOYEES));
        String ndjson = String.join("\n", java.util.Collections.nCopies(copies, String.join("\n", EMPLOYEES))) + "\n";
        JsonPath many = given().contentType("application/x-ndjson").queryParam("from", "2024-01").queryParam("to", "2024-03")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/workforce/reports")
                .then().statusCode(200).extract().jsonPath();
        // The secretary's payment of September is outside this range: she is invalid in every copy.
        assertEquals(copies * (EMPLOYEES.size() - 1), many.getInt("totals.headcount"));
        assertEquals(copies, many.getInt("totals.invalid"));
        assertEquals(ReportBuilder.MAX_LISTED_INVALID > copies ? copies : ReportBuilder.MAX_LISTED_INVALID, many.getList("invalid").size());
        assertEquals(new BigDecimal(one.getString("totals.due")).multiply(BigDecimal.valueOf(copies)).toPlainString(),
                many.getString("totals.due"));
        assertEquals(copies * 2, many.getInt("notCovered[0].headcount"));
    }

    @Test
    void byFunderFollowsTheCallersSharesElseEqualShares() {
        String nurseOnly = document("2024-01", "2024-12", "", List.of(NURSE));
        JsonPath equal = report(nurseOnly);
        String total = equal.getString("totals.due");
        BigDecimal half = new BigDecimal(total).divide(new BigDecimal(2));
        assertEquals(List.of("ASSURANCE_MALADIE", "DEPARTEMENT"), equal.getList("byFunder.funder"));
        assertEquals(half.setScale(2, java.math.RoundingMode.HALF_UP), new BigDecimal(equal.getString("byFunder[0].due")).max(new BigDecimal(equal.getString("byFunder[1].due"))));
        JsonPath shared = report(document("2024-01", "2024-12", ", \"fundingShares\": {\"ASSURANCE_MALADIE\": \"0.7\", \"DEPARTEMENT\": \"0.3\"}",
                List.of(NURSE)));
        assertEquals(new BigDecimal(total).multiply(new BigDecimal("0.7")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                shared.getString("byFunder[0].due"));
        assertEquals(new BigDecimal(total).multiply(new BigDecimal("0.3")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                shared.getString("byFunder[1].due"));
        assertEquals(new BigDecimal(shared.getString("totals.employerCost")),
                sum(shared.getList("byFunder.employerCost")), "the cost is shared to the cent too");
    }

    @Test
    void theForgottenAreCountedByReasonAndJobFamily() {
        JsonPath report = report(document("2024-01", "2024-06", "", EMPLOYEES));
        assertEquals(1, report.getList("notCovered").size(), () -> report.prettify());
        assertEquals("LOGISTIQUE", report.getString("notCovered[0].jobFamily"));
        assertEquals(2, report.getInt("notCovered[0].headcount"));
        assertTrue(report.getString("notCovered[0].reason").startsWith("public-ifse/IFSE_SOCLE_SEGUR"), report.getString("notCovered[0].reason"));
    }

    @Test
    @SendsInvalidRequests
    void badEnvelopesAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(document("2024-06", "2024-01", "", List.of(COOK)))
                .post("/api/v1/workforce/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(document("2000-01", "2024-01", "", List.of(COOK)))
                .post("/api/v1/workforce/reports").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(document("2024-01", "2024-02", ", \"fundingShares\": {\"NOBODY\": \"0.5\"}", List.of(COOK)))
                .post("/api/v1/workforce/reports").then().statusCode(400).body("errors[0].field", equalTo("fundingShares.NOBODY"));
        given().contentType(ContentType.JSON).body("{\"from\": \"2024-01\", \"to\": \"2024-02\"}")
                .post("/api/v1/workforce/reports").then().statusCode(400).body("errors[0].field", equalTo("employees"));
    }

    @Test
    void csvTablesOfTheReport() {
        String csv = given().contentType(ContentType.JSON).accept("text/csv").queryParam("csvConvention", "semicolon")
                .body(document("2024-01", "2024-02", "", List.of(NURSE))).post("/api/v1/workforce/reports")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertTrue(csv.startsWith("totals\r\nfrom;to;headcount;invalid;fte;due;paid;balance;employerCostEstimate\r\n2024-01;2024-02;1;0;1.00;482,44;0,00;482,44;"), csv);
        assertTrue(csv.contains("\r\nbyFunder\r\n"), csv);
    }
}
