package fr.segur.eligibility.variant;

import static fr.segur.eligibility.variant.VariantFixtures.COOK;
import static fr.segur.eligibility.variant.VariantFixtures.MONTH;
import static fr.segur.eligibility.variant.VariantFixtures.NAME;
import static fr.segur.eligibility.variant.VariantFixtures.NURSE;
import static fr.segur.eligibility.variant.VariantFixtures.SECRETARY;
import static fr.segur.eligibility.variant.VariantFixtures.assertNoPublishedChecksum;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.catalog.RuleCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Named variants selected on the single evaluation and the schedule: the LOGISTIQUE cook gains the IFSE socle under
 * {@code exemple-ifse-logistique}, everybody else is unchanged, and every such answer says it is a simulation.
 */
@QuarkusTest
class VariantSelectionTest {

    private static final String LOGISTIQUE = "{\"ruleSet\": \"public-ifse\", \"parameters\": {\"ifseSocleFamilies\": "
            + "[\"ADMINISTRATIF\", \"ACCOMPAGNEMENT_SOCIAL\", \"ENCADREMENT_PROXIMITE\", \"RESSOURCES_HUMAINES\", "
            + "\"ASSISTANT_FAMILIAL\", \"LOGISTIQUE\"]}}";

    @Inject
    RuleCatalog catalog;

    @Test
    void theCookIsEligibleToTheIfseSocleUnderTheNamedVariantOnly() {
        given().contentType(ContentType.JSON).body(single(COOK, "")).post("/api/v1/evaluations").then().statusCode(200)
                .header("X-Simulation", nullValue()).body("status", equalTo("NOT_ELIGIBLE")).body("variant", nullValue());

        Response answer = given().contentType(ContentType.JSON).queryParam("variant", NAME).body(single(COOK, ""))
                .post("/api/v1/evaluations").then().statusCode(200).header("X-Simulation", "true").extract().response();
        JsonPath json = answer.jsonPath();
        assertEquals("ELIGIBLE", json.getString("status"));
        assertEquals("IFSE_SOCLE_SEGUR", json.getString("entitlement.measure"));
        assertEquals(VariantFixtures.ifseSocle(catalog, MONTH), json.getString("entitlement.amount"));
        assertTrue(json.getBoolean("variant.simulation"));
        assertEquals(NAME, json.getString("variant.name"));
        assertEquals("public-ifse", json.getString("variant.ruleSet"));
        assertEquals(variantChecksum(), json.getString("variant.variantChecksum"));
        assertTrue(json.getList("variant.parameters.ifseSocleFamilies").contains("LOGISTIQUE"));
        assertNull(json.get("entitlement.ruleSet.checksum"), "no checksum: the rules applied are no published file");
        assertNoPublishedChecksum(answer.asString());

        // The same variant named in the body, or given by its parameters (then no variant file describes it).
        given().contentType(ContentType.JSON).body(single(COOK, ", \"variant\": {\"name\": \"" + NAME + "\"}"))
                .post("/api/v1/evaluations").then().statusCode(200).header("X-Simulation", "true")
                .body("entitlement.amount", equalTo(json.getString("entitlement.amount"))).body("variant.name", equalTo(NAME));
        Response byParameters = given().contentType(ContentType.JSON).body(single(COOK, ", \"variant\": " + LOGISTIQUE))
                .post("/api/v1/evaluations").then().statusCode(200).header("X-Simulation", "true")
                .body("entitlement.amount", equalTo(json.getString("entitlement.amount")))
                .body("variant.variantChecksum", nullValue()).body("variant.name", nullValue()).extract().response();
        assertNoPublishedChecksum(byParameters.asString());
        // Named, with parameters given on top (here the very same values): no longer the file the checksum pins.
        given().contentType(ContentType.JSON)
                .body(single(COOK, ", \"variant\": " + LOGISTIQUE.replace("{\"ruleSet\"", "{\"name\": \"" + NAME + "\", \"ruleSet\"")))
                .post("/api/v1/evaluations").then().statusCode(200).body("variant.name", equalTo(NAME))
                .body("variant.variantChecksum", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {NURSE, SECRETARY})
    void anEmployeeTheVariantDoesNotConcernGetsTheSameAmounts(String employee) {
        JsonPath inForce = given().contentType(ContentType.JSON).body(single(employee, "")).post("/api/v1/evaluations")
                .then().statusCode(200).extract().jsonPath();
        Response simulated = given().contentType(ContentType.JSON).queryParam("variant", NAME).body(single(employee, ""))
                .post("/api/v1/evaluations").then().statusCode(200).header("X-Simulation", "true").extract().response();
        JsonPath variant = simulated.jsonPath();
        assertEquals("ELIGIBLE", inForce.getString("status"));
        for (String field : List.of("status", "entitlement.measure", "entitlement.amount", "totalAmount",
                "entitlement.ruleSet.version", "entitlement.effectiveDate")) {
            assertEquals(inForce.getString(field), variant.getString(field), field);
        }
        assertEquals(inForce.getList("entitlements.amount"), variant.getList("entitlements.amount"));
        assertTrue(variant.getBoolean("variant.simulation"));
        assertNoPublishedChecksum(simulated.asString());
    }

    @Test
    void theScheduleUnderTheVariantIsMarkedAndPaysTheIfseSocleEveryMonth() {
        String request = "{\"from\": \"2024-04\", \"to\": \"" + MONTH + "\", \"employee\": " + COOK + "}";
        given().contentType(ContentType.JSON).body(request).post("/api/v1/evaluations/schedule").then().statusCode(200)
                .header("X-Simulation", nullValue()).body("totals.due", equalTo("0.00")).body("variant", nullValue());
        Response answer = given().contentType(ContentType.JSON).queryParam("variant", NAME).body(request)
                .post("/api/v1/evaluations/schedule").then().statusCode(200).header("X-Simulation", "true")
                .body("variant.simulation", equalTo(true)).body("variant.name", equalTo(NAME)).extract().response();
        List<Map<String, Object>> months = answer.jsonPath().getList("months");
        assertEquals(3, months.size());
        for (Map<String, Object> m : months) {
            assertEquals("IFSE_SOCLE_SEGUR", m.get("measure"));
            assertEquals(VariantFixtures.ifseSocle(catalog, (String) m.get("month")), m.get("due"), m.toString());
        }
        assertNoPublishedChecksum(answer.asString());
        // In the body too, and the non-LOGISTIQUE nurse's schedule is the one of the rules in force.
        String nurse = "{\"from\": \"2024-04\", \"to\": \"" + MONTH + "\", \"employee\": " + NURSE + "}";
        String inForce = given().contentType(ContentType.JSON).body(nurse).post("/api/v1/evaluations/schedule")
                .then().statusCode(200).extract().jsonPath().getString("totals.due");
        given().contentType(ContentType.JSON).body(nurse.replace("}}", "}, \"variant\": {\"name\": \"" + NAME + "\"}}"))
                .post("/api/v1/evaluations/schedule").then().statusCode(200).header("X-Simulation", "true")
                .body("totals.due", equalTo(inForce)).body("variant.name", equalTo(NAME));
    }

    @Test
    void theSingleAnswerIsTheMonthOfTheWorkforceScheduleUnderTheSameVariant() {
        JsonPath single = given().contentType(ContentType.JSON).queryParam("variant", NAME).body(single(COOK, ""))
                .post("/api/v1/evaluations").then().statusCode(200).extract().jsonPath();
        JsonPath workforce = given().contentType(ContentType.JSON)
                .body("{\"from\": \"" + MONTH + "\", \"to\": \"" + MONTH + "\", \"variant\": {\"name\": \"" + NAME + "\"}, "
                        + "\"employees\": [" + COOK + "]}")
                .post("/api/v1/workforce/schedules").then().statusCode(200).header("X-Simulation", "true").extract().jsonPath();
        String month = "schedules[0].months[0].";
        assertEquals(single.getString("month"), workforce.getString(month + "month"));
        assertEquals(single.getString("status"), workforce.getString(month + "status"));
        assertEquals(single.getString("entitlement.measure"), workforce.getString(month + "measure"));
        assertEquals(single.getString("entitlement.ruleSet.id"), workforce.getString(month + "ruleSet"));
        assertEquals(single.getString("entitlement.ruleSet.version"), workforce.getString(month + "ruleSetVersion"));
        assertEquals(single.getString("entitlement.effectiveDate"), workforce.getString(month + "effectiveDate"));
        assertEquals(single.getString("totalAmount"), workforce.getString(month + "due"));
    }

    @Test
    void anUnknownVariantOrParameterIsA400NamingTheField() {
        given().contentType(ContentType.JSON).queryParam("variant", "nope").body(single(COOK, ""))
                .post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("variant.name"));
        given().contentType(ContentType.JSON).body(single(COOK, ", \"variant\": {\"name\": \"nope\"}"))
                .post("/api/v1/evaluations").then().statusCode(400).body("errors[0].field", equalTo("variant.name"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(single(COOK, ", \"variant\": {\"ruleSet\": \"public-ifse\", \"parameters\": {\"fullTimeMonthlyHours\": \"140\"}}"))
                .post("/api/v1/evaluations").then().statusCode(400)
                .body("errors[0].field", equalTo("variant.parameters.fullTimeMonthlyHours"))
                .body("errors[0].message", containsString("not a local choice"));
        given().contentType(ContentType.JSON).queryParam("variant", "nope")
                .body("{\"from\": \"2024-04\", \"to\": \"" + MONTH + "\", \"employee\": " + COOK + "}")
                .post("/api/v1/evaluations/schedule").then().statusCode(400).body("errors[0].field", equalTo("variant.name"));
        given().contentType(ContentType.JSON).body("{\"from\": \"2024-04\", \"to\": \"" + MONTH + "\", \"employee\": " + COOK
                        + ", \"variant\": {\"ruleSet\": \"public-ifse\", \"parameters\": {\"noSuchThing\": \"1\"}}}")
                .post("/api/v1/evaluations/schedule").then().statusCode(400)
                .body("errors[0].field", equalTo("variant.parameters.noSuchThing"));
    }

    @Test
    void aQueryAndABodyNamingDifferentVariantsAreRefusedNamingVariant() {
        given().contentType(ContentType.JSON).queryParam("variant", NAME).body(single(COOK, ", \"variant\": " + LOGISTIQUE))
                .post("/api/v1/evaluations").then().statusCode(400).body("errors[0].field", equalTo("variant"));
        // The same name twice is one variant.
        given().contentType(ContentType.JSON).queryParam("variant", NAME)
                .body(single(COOK, ", \"variant\": {\"name\": \"" + NAME + "\"}"))
                .post("/api/v1/evaluations").then().statusCode(200).body("variant.name", equalTo(NAME));
    }

    @Test
    void eachRuleSetListsTheNamedVariantsBasedOnIt() {
        String checksum = variantChecksum();
        given().get("/api/v1/rulesets").then().statusCode(200)
                .body("find { it.id == 'public-ifse' }.variants[0].id", equalTo(NAME))
                .body("find { it.id == 'public-ifse' }.variants[0].checksum", equalTo(checksum))
                .body("find { it.id == 'public-ifse' }.variants[0].reference", containsString("délibération"))
                .body("find { it.id == 'bassms' }.variants", nullValue());
        given().get("/api/v1/rulesets/public-ifse").then().statusCode(200).body("variants[0].title", containsString("IFSE"));
        given().accept("text/html").get("/api/v1/rulesets/public-ifse/versions/2023-03-01-r2").then().statusCode(200)
                .body(containsString(NAME)).body(containsString(checksum));
    }

    private static String variantChecksum() {
        return given().get("/api/v1/variants").then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == '" + NAME + "' }.checksum");
    }

    private static String single(String employee, String extra) {
        return "{\"month\": \"" + MONTH + "\", \"employee\": " + employee + extra + "}";
    }
}
