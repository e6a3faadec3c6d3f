package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "done when" check of rules revision 2: a CCN 66 nurse of a health establishment in March 2022 is paid
 * 237.00 (Ségur santé, Nexem) and 38.00 (« Ségur 2 » Nexem), 275.00 in all, in every way the service answers.
 */
@QuarkusTest
class ComplementaryMeasureTest {

    private static final String NURSE = "{\"id\": \"N\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"INFIRMIER\", "
            + "\"establishmentType\": \"ETABLISSEMENT_SANTE\", \"employer\": {\"idcc\": 413}, \"employmentStart\": \"2015-01-01\"}";
    private static final List<String> MEASURES = List.of("SEGUR_SANTE_2020", "SEGUR_2_NEXEM_2022");
    private static final List<String> AMOUNTS = List.of("237.00", "38.00");

    @Test
    void singleAnswer() {
        given().contentType(ContentType.JSON).body("{\"month\": \"2022-03\", \"employee\": " + NURSE + "}")
                .when().post("/api/v1/evaluations").then().statusCode(200)
                .body("entitlement.measure", equalTo("SEGUR_SANTE_2020"))
                .body("entitlement.amount", equalTo("237.00"))
                .body("entitlements.measure", equalTo(MEASURES))
                .body("entitlements.amount", equalTo(AMOUNTS))
                .body("entitlements[1].ruleSet.version", equalTo("2022-01-01"))
                .body("entitlements[1].effectiveDate", equalTo("2022-01-01"))
                .body("totalAmount", equalTo("275.00"));
    }

    @Test
    void summaryDetailKeepsEveryEntitlement() {
        given().contentType(ContentType.JSON).body("{\"month\": \"2022-03\", \"employee\": " + NURSE + "}")
                .queryParam("detail", "summary")
                .when().post("/api/v1/evaluations").then().statusCode(200)
                .body("entitlements.amount", equalTo(AMOUNTS))
                .body("totalAmount", equalTo("275.00"));
    }

    @Test
    void scheduleDueIsTheMonthsTotal() {
        given().contentType(ContentType.JSON)
                .body("{\"from\": \"2021-12\", \"to\": \"2022-03\", \"employee\": " + NURSE + ", \"paid\": {\"2022-03\": \"237.00\"}}")
                .when().post("/api/v1/evaluations/schedule").then().statusCode(200)
                .body("months.due", equalTo(List.of("237.00", "275.00", "275.00", "275.00")))
                .body("months.balance", equalTo(List.of("237.00", "275.00", "275.00", "38.00")))
                .body("totals.due", equalTo("1062.00"))
                .body("totals.balance", equalTo("825.00"));
    }

    @Test
    void jsonBatch() {
        given().contentType(ContentType.JSON).body("{\"month\": \"2022-03\", \"employees\": [" + NURSE + "]}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200)
                .body("results[0].entitlements.measure", equalTo(MEASURES))
                .body("results[0].entitlements.amount", equalTo(AMOUNTS))
                .body("results[0].totalAmount", equalTo("275.00"));
    }

    @Test
    void ndjsonBatch() {
        String out = given().contentType("application/x-ndjson").accept("application/x-ndjson")
                .body(("{\"month\": \"2022-03\", \"employee\": " + NURSE + "}\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().asString();
        JsonPath line = JsonPath.from(out.lines().findFirst().orElseThrow());
        assertEquals(MEASURES, line.getList("entitlements.measure"));
        assertEquals(AMOUNTS, line.getList("entitlements.amount"));
        assertEquals("275.00", line.getString("totalAmount"));
    }

    @Test
    void csvBatch() {
        String csv = "id,sector,jobCode,establishmentType,idcc,employmentStart\n"
                + "N,PRIVATE_NON_PROFIT,INFIRMIER,ETABLISSEMENT_SANTE,413,2015-01-01\n";
        String out = given().contentType("text/csv").accept("text/csv").body(csv).queryParam("month", "2022-03")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200).extract().asString();
        List<String> rows = out.lines().toList();
        assertEquals("id,status,measure,ruleSet,ruleSetVersion,amount,totalAmount,effectiveDate,reason", rows.get(0));
        assertEquals("N,ELIGIBLE,SEGUR_SANTE_2020,bassms,2022-01-01,237.00,275.00,2020-09-01,", rows.get(1));
    }
}
