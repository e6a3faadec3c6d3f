package fr.segur.eligibility.workforce;

import static fr.segur.eligibility.workforce.WorkforceFixtures.EMPLOYEES;
import static fr.segur.eligibility.workforce.WorkforceFixtures.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The long CSV a payroll imports, in both conventions, from JSON, NDJSON and CSV employees. */
@QuarkusTest
class WorkforceScheduleCsvTest {

    private static final String CSV_EMPLOYEES = "id;sector;jobCode;establishmentType;fundedBy;idcc;workingTimeRatio;employmentStart;paidTotal\n"
            + "E-1;PRIVATE_NON_PROFIT;SECRETAIRE;ESSMS_HANDICAP;ASSURANCE_MALADIE;413;0,8;01/03/2019;300,50\n"
            + "H-1;PUBLIC_FPH;INFIRMIER;EHPAD;ASSURANCE_MALADIE|DEPARTEMENT;;;2015-01-01;\n"
            + "X-1;PUBLIC_FPT;CUISINIER;PROTECTION_ENFANCE;;abc;;2014-01-01;\n";

    private static List<Map<String, String>> parse(String csv, char separator) throws Exception {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(csv)) {
            return it.readAll();
        }
    }

    private static BigDecimal total(List<Map<String, String>> rows, String column, boolean decimalComma) {
        return rows.stream().filter(r -> !"INVALID".equals(r.get("measure")))
                .map(r -> new BigDecimal(decimalComma ? r.get(column).replace(',', '.') : r.get(column)))
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    @Test
    void bothConventionsCarryTheSameFiguresAsTheJsonSchedules() throws Exception {
        String body = document("2024-01", "2024-12", "", EMPLOYEES);
        String report = given().contentType(ContentType.JSON).body(body).post("/api/v1/workforce/reports")
                .then().statusCode(200).extract().jsonPath().getString("totals.due");
        String comma = given().contentType(ContentType.JSON).accept("text/csv").body(body).post("/api/v1/workforce/schedules")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        String semicolon = given().contentType(ContentType.JSON).accept("text/csv").queryParam("csvConvention", "semicolon")
                .body(body).post("/api/v1/workforce/schedules").then().statusCode(200).extract().asString();
        assertTrue(comma.startsWith("id,month,ruleSet,measure,due,paid,balance\r\n"), comma);
        assertTrue(semicolon.startsWith("id;month;ruleSet;measure;due;paid;balance\r\n"), semicolon);
        assertTrue(semicolon.contains("H-1;2024-01;public-ifse;CTI_SANTE_2020;241,22;0,00;241,22\r\n"), semicolon);
        assertTrue(comma.contains("H-1,2024-01,public-ifse,CTI_SANTE_2020,241.22,0.00,241.22\r\n"), comma);
        List<Map<String, String>> a = parse(comma, ',');
        List<Map<String, String>> b = parse(semicolon, ';');
        assertEquals(a.size(), b.size());
        assertEquals(new BigDecimal(report), total(a, "due", false));
        assertEquals(new BigDecimal(report), total(b, "due", true));
        assertEquals(total(a, "balance", false), total(b, "balance", true));
    }

    @Test
    void csvEmployeesWithPaidTotalAndAnInvalidRow() throws Exception {
        String out = given().contentType("text/csv").accept("text/csv").queryParam("from", "2024-01").queryParam("to", "2024-12")
                .queryParam("csvConvention", "semicolon").body(CSV_EMPLOYEES).post("/api/v1/workforce/schedules")
                .then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = parse(out, ';');
        BigDecimal paid = rows.stream().filter(r -> "E-1".equals(r.get("id")))
                .map(r -> new BigDecimal(r.get("paid").replace(',', '.'))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("300.50"), paid, "the total paid spread over the months");
        assertTrue(rows.stream().anyMatch(r -> "X-1".equals(r.get("id")) && "INVALID".equals(r.get("measure"))), out);
        given().contentType("text/csv").queryParam("from", "2024-01").queryParam("to", "2024-12").body(CSV_EMPLOYEES)
                .post("/api/v1/workforce/reports").then().statusCode(200)
                .body("totals.paid", equalTo("300.50")).body("invalid[0].errors[0].field", equalTo("employees[2].idcc"));
        given().contentType("text/csv").queryParam("from", "2024-01").queryParam("to", "2024-12").body("id;nope\nA;1\n")
                .post("/api/v1/workforce/reports").then().statusCode(400).body("errors[0].field", equalTo("$header"));
    }

    @Test
    void ndjsonInNdjsonOutOneScheduleALine() {
        String ndjson = String.join("\n", EMPLOYEES) + "\n\n{not json\n";
        String out = given().contentType("application/x-ndjson").accept("application/x-ndjson").queryParam("from", "2024-01")
                .queryParam("to", "2024-03").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/workforce/schedules").then().statusCode(200).extract().asString();
        String[] lines = out.split("\n");
        assertEquals(EMPLOYEES.size() + 1, lines.length, out);
        assertTrue(lines[0].startsWith("{\"from\":\"2024-01\",\"to\":\"2024-03\",\"employeeId\":\"H-1\""), lines[0]);
        assertTrue(lines[EMPLOYEES.size()].contains("\"status\":\"INVALID\""), out);
        assertTrue(lines[EMPLOYEES.size()].contains("\"line\":7"), out);
    }
}
