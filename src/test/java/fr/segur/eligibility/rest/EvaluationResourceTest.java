package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The shape of a successful evaluation, as HR systems code against it (api-outline.md). */
@QuarkusTest
class EvaluationResourceTest {

    private static final String SECRETARY_80 = "{\"month\": \"2024-09\", \"ruleSets\": [\"bassms\", \"laforcade\"], \"employee\": {"
            + "\"id\": \"E-000123\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", \"establishmentType\": \"ESSMS_HANDICAP\","
            + "\"fundedBy\": [\"ASSURANCE_MALADIE\"], \"attachedToPublicHospital\": false, \"mainActivityAccompaniment\": true,"
            + "\"employer\": {\"idcc\": 413, \"signatoryMember\": true}, \"workingTime\": {\"ratio\": \"0.8\"},"
            + "\"partTimeScheme\": \"TEMPS_PARTIEL\", \"payRate\": \"FULL\", \"employmentStart\": \"2019-03-01\", \"employmentEnd\": null}}";

    @Test
    void theOutlineExampleComesOutExact() {
        given().contentType(ContentType.JSON).body(SECRETARY_80)
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("month", equalTo("2024-09"))
                .body("employeeId", equalTo("E-000123"))
                .body("status", equalTo("ELIGIBLE"))
                .body("entitlement.measure", equalTo("EXTENSION_2024"))
                .body("entitlement.ruleSet.id", equalTo("bassms"))
                .body("entitlement.ruleSet.version", equalTo("2024-01-01-r2"))
                .body("entitlement.ruleSet.checksum", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("entitlement.fullTimeAmount", equalTo("238.00"))
                .body("entitlement.workingTimeFactor", equalTo("0.8"))
                .body("entitlement.monthFraction", equalTo("1"))
                .body("entitlement.amount", equalTo("190.40"))
                .body("entitlement.currency", equalTo("EUR"))
                .body("entitlement.effectiveDate", equalTo("2024-01-01"))
                .body("entitlement.legalBasis[0].title", containsString("Accord du 4 juin 2024"))
                .body("justification.outcome", hasItem("MET"))
                .body("justification.measure", everyItem(equalTo("EXTENSION_2024")))
                .body("decisions.ruleSet", equalTo(java.util.List.of("bassms", "laforcade")))
                .body("decisions[0].version", equalTo("2024-01-01-r2"))
                .body("decisions[0].status", equalTo("ELIGIBLE"))
                .body("decisions[1].version", equalTo("2021-11-01-r2"))
                .body("decisions[1].status", equalTo("NOT_ELIGIBLE"))
                .body("decisions[1].measures.reasons.flatten()", hasItem(containsString("SECRETAIRE")))
                // Each reason said once: under its measure, not again in the rule set's own reasons.
                .body("decisions[1].reasons", hasSize(0))
                .body("warnings", hasSize(0))
                .body("missingFacts", hasSize(0));
    }

    @Test
    void moneyIsAStringWithTwoDecimals() {
        String body = given().contentType(ContentType.JSON).body(SECRETARY_80).when().post("/api/v1/evaluations").asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"amount\":\"190.40\""), body);
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"fullTimeAmount\":\"238.00\""), body);
    }

    @Test
    void englishWhenAskedFrenchByDefault() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(SECRETARY_80)
                .when().post("/api/v1/evaluations")
                .then().statusCode(200).body("justification[0].message", containsString("is in the list"));
        given().contentType(ContentType.JSON).body(SECRETARY_80)
                .when().post("/api/v1/evaluations")
                .then().statusCode(200).body("justification[0].message", containsString("fait partie"));
    }

    @Test
    void monthDefaultsToTheCurrentMonthInParisAndRuleSetsToAll() {
        String current = YearMonth.now(ZoneId.of("Europe/Paris")).toString();
        given().contentType(ContentType.JSON).body("{\"employee\": {\"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", \"establishmentType\": \"EHPAD\"}}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("month", equalTo(current))
                .body("decisions.ruleSet", equalTo(java.util.List.of("public-ifse", "bassms", "laforcade")))
                .body("status", equalTo("ELIGIBLE"))
                .body("entitlement.measure", equalTo("CTI_SANTE_2020"));
    }

    @Test
    void nonSignatoryEmployerGetsTheDisputeWarning() {
        given().contentType(ContentType.JSON)
                .body(SECRETARY_80.replace("\"signatoryMember\": true", "\"signatoryMember\": false"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("entitlement.amount", equalTo("190.40"))
                .body("warnings.code", equalTo(java.util.List.of("NON_SIGNATORY_RETROACTIVITY_DISPUTED")))
                .body("warnings[0].message", containsString("2024-08-06"));
    }

    @Test
    void notEligibleAnswersSayWhy() {
        given().contentType(ContentType.JSON)
                .body(SECRETARY_80.replace("2024-09", "2023-03"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("status", equalTo("NOT_ELIGIBLE"))
                .body("entitlement", equalTo(null))
                .body("decisions[0].measures.find { it.measure == 'EXTENSION_2024' }.outcome", equalTo("NOT_IN_FORCE"))
                .body("decisions[0].measures.find { it.measure == 'EXTENSION_2024' }.reasons", hasItem(containsString("2024-01-01")))
                .body("decisions[0].reasons", not(hasItem(containsString("2024-01-01"))))
                .body("justification", hasSize(0))
                .body(not(containsString("null,")))
                .body("decisions", notNullValue());
    }
}
