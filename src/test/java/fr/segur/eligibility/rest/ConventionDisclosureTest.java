package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * An amount that relies on a convention of the service rather than on a text (a partial month counted in calendar days
 * or thirtieths, a private pay-rate factor) says so: a {@code parameter} line in the justification naming it, and the
 * {@code CONVENTIONAL_PARAMETER} warning. A rule of law (the public half pay) is not flagged.
 */
@QuarkusTest
class ConventionDisclosureTest {

    private static String request(String month, String employee) {
        return "{\"month\": \"" + month + "\", \"employee\": {" + employee + "}}";
    }

    @Test
    void aPrivatePartialMonthNamesItsCalendarDaysConvention() {
        given().contentType(ContentType.JSON).body(request("2024-09", "\"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\","
                        + " \"establishmentType\": \"ESSMS_HANDICAP\", \"employer\": {\"idcc\": 413}, \"employmentStart\": \"2024-09-16\""))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("entitlement.amount", equalTo("119.00"))
                .body("warnings.code", hasItem("CONVENTIONAL_PARAMETER"))
                .body("justification.findAll { it.criterion == 'parameter' }.message",
                        hasItem(allOf(containsString("privatePartialMonth"), containsString("CALENDAR_DAYS"))));
    }

    @Test
    void aPublicPartialMonthNamesItsThirtiethsConvention() {
        given().contentType(ContentType.JSON).body(request("2024-09", "\"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\","
                        + " \"establishmentType\": \"EHPAD\", \"employmentEnd\": \"2024-09-15\""))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("entitlement.measure", equalTo("CTI_SANTE_2020"))
                .body("warnings.code", hasItem("CONVENTIONAL_PARAMETER"))
                .body("justification.findAll { it.criterion == 'parameter' }.message", hasItem(containsString("publicPartialMonth")));
    }

    @Test
    void aPrivateHalfPayNamesItsFactorButThePublicHalfPayFollowsTheLaw() {
        given().contentType(ContentType.JSON).body(request("2024-09", "\"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\","
                        + " \"establishmentType\": \"ESSMS_HANDICAP\", \"employer\": {\"idcc\": 413}, \"payRate\": \"HALF\""))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("entitlement.amount", equalTo("119.00"))
                .body("warnings.code", hasItem("CONVENTIONAL_PARAMETER"))
                .body("justification.findAll { it.criterion == 'parameter' }.message", hasItem(containsString("halfPayFactor")));
        given().contentType(ContentType.JSON).body(request("2024-09", "\"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\","
                        + " \"establishmentType\": \"EHPAD\", \"payRate\": \"HALF\""))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("entitlement.amount", equalTo("120.61"))
                .body("warnings.code", not(hasItem("CONVENTIONAL_PARAMETER")));
    }
}
