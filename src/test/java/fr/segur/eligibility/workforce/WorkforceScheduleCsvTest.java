package fr.segur.eligibility.workforce;

import static fr.segur.eligibility.workforce.WorkforceFixtures.EMPLOYEES;
import static fr.segur.eligibility.workforce.WorkforceFixtures.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.segur.eligibility.rest.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
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
        assertTrue(comma.startsWith("id,month,ruleSet,measure,due,paid,balance,errors\r\n"), comma);
        assertTrue(semicolon.startsWith("id;month;ruleSet;measure;due;paid;balance;errors\r\n"), semicolon);
        assertTrue(semicolon.contains("H-1;2024-01;public-ifse;CTI_SANTE_2020;241,22;0,00;241,22;\r\n"), semicolon);
        assertTrue(comma.contains("H-1,2024-01,public-ifse,CTI_SANTE_2020,241.22,0.00,241.22,\r\n"), comma);
        List<Map<String, String>> a = parse(comma, ',');
        List<Map<String, String>> b = parse(semicolon, ';');
        assertEquals(a.size(), b.size());
        assertEquals(new BigDecimal(report), total(a, "due", false));
        assertEquals(new BigDecimal(report), total(b, "due", true));
        assertEquals(total(a, "balance", false), total(b, "balance", true));
    }

    /** Every row read with exactly the header's columns: a missing or an extra cell fails the parse. */
    private static List<Map<String, String>> parseStrictly(String csv, char separator) throws Exception {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (MappingIterator<Map<String, String>> it = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .readerForMapOf(String.class).with(schema).readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    @SendsInvalidRequests
    void anInvalidEmployeeInTheMiddleIsARowSayingWhatIsWrongAndTheValidRowsStillImport() throws Exception {
        // A job code holding a quote and both separators, echoed in its message (which holds a ';' of its own).
        String bad = "{\"id\": \"X-1\", \"sector\": \"PUBLIC_FPT\", \"jobCode\": \"A\\\"B;C,D\"}";
        List<String> employees = new ArrayList<>(EMPLOYEES);
        employees.add(2, bad);
        String body = document("2024-01", "2024-12", "", employees);
        JsonPath json = given().contentType(ContentType.JSON).body(body).post("/api/v1/workforce/schedules")
                .then().statusCode(200).extract().jsonPath();
        String field = json.getString("schedules[2].errors[0].field");
        String message = json.getString("schedules[2].errors[0].message");
        assertEquals("employees[2].jobCode", field);
        assertTrue(message.contains("A\"B;C,D") && message.contains(" ; "), message);
        for (String convention : List.of("comma", "semicolon")) {
            char separator = convention.equals("comma") ? ',' : ';';
            String csv = given().contentType(ContentType.JSON).accept("text/csv").queryParam("csvConvention", convention)
                    .body(body).post("/api/v1/workforce/schedules").then().statusCode(200).extract().asString();
            List<Map<String, String>> rows = parseStrictly(csv, separator);
            List<String> ids = rows.stream().map(r -> r.get("id")).distinct().toList();
            assertEquals(List.of("H-1", "E-1", "X-1", "A-1"), ids, "in request order, the invalid one in its place: " + csv);
            for (Map<String, String> row : rows) {
                assertEquals(List.of("id", "month", "ruleSet", "measure", "due", "paid", "balance", "errors"),
                        List.copyOf(row.keySet()), csv);
                if ("X-1".equals(row.get("id"))) {
                    assertEquals("INVALID", row.get("measure"));
                    assertEquals(field + " : " + message, row.get("errors"), "the errors, unescaped by the CSV reader");
                    assertEquals("", row.get("due"));
                } else {
                    assertEquals("", row.get("errors"), "a valid row has no errors: " + row);
                    assertTrue(row.get("month").matches("\\d{4}-\\d{2}"), row.toString());
                    for (String amount : List.of("due", "paid", "balance")) {
                        String cell = row.get(amount);
                        assertEquals(separator == ';', cell.contains(","), cell);
                        new BigDecimal(cell.replace(',', '.'));
                    }
                }
            }
        }
    }

    @Test
    @SendsInvalidRequests
    void theReportsCsvTablesListTheInvalidWithTheirErrors() throws Exception {
        List<String> employees = new ArrayList<>(EMPLOYEES);
        employees.add(2, WorkforceFixtures.BAD);
        String csv = given().contentType(ContentType.JSON).accept("text/csv").queryParam("csvConvention", "semicolon")
                .body(document("2024-01", "2024-12", "", employees)).post("/api/v1/workforce/reports")
                .then().statusCode(200).extract().asString();
        String table = csv.substring(csv.indexOf("\r\ninvalid\r\n") + "\r\ninvalid\r\n".length());
        List<Map<String, String>> rows = parseStrictly(table.substring(0, table.indexOf("\r\n\r\n") + 2), ';');
        assertEquals(1, rows.size(), table);
        assertEquals("2", rows.get(0).get("index"));
        assertEquals("employees[2].jobCode", rows.get(0).get("field"));
        assertTrue(rows.get(0).get("message").contains("NO_SUCH_JOB"), rows.toString());
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
