package fr.segur.eligibility.workforce;

import static fr.segur.eligibility.workforce.WorkforceFixtures.COOK;
import static fr.segur.eligibility.workforce.WorkforceFixtures.EMPLOYEES;
import static fr.segur.eligibility.workforce.WorkforceFixtures.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What-if variants: local parameters only, the forgotten's entitlement exactly, named délibérations. */
@QuarkusTest
class WorkforceVariantTest {

    private static final String WITH_LOGISTIQUE = ", \"variant\": {\"ruleSet\": \"public-ifse\", \"parameters\": {\"ifseSocleFamilies\": "
            + "[\"ADMINISTRATIF\", \"ACCOMPAGNEMENT_SOCIAL\", \"ENCADREMENT_PROXIMITE\", \"RESSOURCES_HUMAINES\", \"ASSISTANT_FAMILIAL\", \"LOGISTIQUE\"]}}";

    @Test
    void addingLogistiqueToTheIfseSocleRaisesExtraDueByExactlyTheirEntitlement() {
        JsonPath report = WorkforceReportTest.report(document("2024-01", "2024-12", WITH_LOGISTIQUE, EMPLOYEES));
        // 49 points × 5 907.34 € / 1 200 = 241.22 € a month, full time, for each of the two cooks, twelve months.
        BigDecimal cooks = new BigDecimal("241.22").multiply(new BigDecimal(12)).multiply(new BigDecimal(2));
        assertEquals(cooks.toPlainString(), report.getString("variant.extraDue"));
        assertEquals(new BigDecimal(report.getString("totals.due")).add(cooks).toPlainString(), report.getString("variant.due"));
        assertEquals(2, report.getInt("variant.gainers"));
        assertTrue(report.getBoolean("variant.simulation"));
        assertNull(report.get("variant.variantChecksum"), "a variant asked for carries no checksum");
        assertEquals("482.44", report.getString("variant.byMonth[0].extraDue"));

        // The cooks' entitlement under the variant, schedule by schedule: the same amount.
        JsonPath schedules = given().contentType(ContentType.JSON).body(document("2024-01", "2024-12", WITH_LOGISTIQUE, List.of(COOK)))
                .post("/api/v1/workforce/schedules").then().statusCode(200).header("X-Simulation", "true").extract().jsonPath();
        assertTrue(schedules.getBoolean("simulation"));
        assertTrue(schedules.getBoolean("schedules[0].variant.simulation"), "each schedule says it is a simulation");
        assertEquals("2894.64", schedules.getString("schedules[0].totals.due"));
        assertEquals("IFSE_SOCLE_SEGUR", schedules.getString("schedules[0].months[0].measure"));
        assertFalse(schedules.prettify().contains("sha256:"), "no published checksum in a simulation");
    }

    @Test
    void theNamedVariantShippedIsListedAndGivesTheSameAnswer() {
        given().get("/api/v1/variants").then().statusCode(200)
                .body("id", hasItem("exemple-ifse-logistique"))
                .body("find { it.id == 'exemple-ifse-logistique' }.ruleSet", equalTo("public-ifse"))
                .body("find { it.id == 'exemple-ifse-logistique' }.checksum", containsString("sha256:"));
        JsonPath named = WorkforceReportTest.report(document("2024-01", "2024-12",
                ", \"variant\": {\"name\": \"exemple-ifse-logistique\"}", EMPLOYEES));
        assertEquals("5789.28", named.getString("variant.extraDue"));
        assertEquals("exemple-ifse-logistique", named.getString("variant.name"));
        String ndjson = EMPLOYEES.stream().reduce("", (a, b) -> a + b + "\n");
        given().contentType("application/x-ndjson").queryParam("from", "2024-01").queryParam("to", "2024-12")
                .queryParam("variant", "exemple-ifse-logistique").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/workforce/reports")
                .then().statusCode(200).body("variant.extraDue", equalTo("5789.28")).body("totals.due", equalTo(named.getString("totals.due")));
    }

    @Test
    void aParameterThatIsNotLocalOrUnknownIsRefusedNamingIt() {
        given().contentType(ContentType.JSON).body(document("2024-01", "2024-02",
                        ", \"variant\": {\"ruleSet\": \"public-ifse\", \"parameters\": {\"fullTimeMonthlyHours\": \"140\"}}", List.of(COOK)))
                .post("/api/v1/workforce/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("variant.parameters.fullTimeMonthlyHours"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(document("2024-01", "2024-02",
                        ", \"variant\": {\"ruleSet\": \"public-ifse\", \"parameters\": {\"noSuchThing\": \"1\"}}", List.of(COOK)))
                .post("/api/v1/workforce/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("variant.parameters.noSuchThing"))
                .body("errors[0].message", containsString("no parameter"));
        given().contentType(ContentType.JSON).body(document("2024-01", "2024-02", ", \"variant\": {\"name\": \"nope\"}", List.of(COOK)))
                .post("/api/v1/workforce/reports").then().statusCode(400).body("errors[0].field", equalTo("variant.name"));
        given().contentType("application/x-ndjson").queryParam("from", "2024-01").queryParam("to", "2024-02")
                .queryParam("variant", "nope").body((COOK + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/workforce/schedules")
                .then().statusCode(400).body("errors[0].field", equalTo("variant.name"));
    }
}
