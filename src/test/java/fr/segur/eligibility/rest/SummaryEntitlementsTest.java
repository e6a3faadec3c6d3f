package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary answer keeps {@code entitlements} as api-outline promises (with one measure it holds exactly
 * {@code entitlement}), so an integrator who pays from the list pays the same at both levels; nothing paid, an empty
 * list.
 */
@QuarkusTest
class SummaryEntitlementsTest {

    /** A CCN 66 nurse of a health establishment: one measure in December 2021, before « Ségur 2 » (January 2022). */
    private static final String NURSE = "{\"id\": \"N\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"INFIRMIER\", "
            + "\"establishmentType\": \"ETABLISSEMENT_SANTE\", \"employer\": {\"idcc\": 413}, \"employmentStart\": \"2015-01-01\"}";
    private static final String COOK = "{\"sector\": \"PRIVATE_FOR_PROFIT\", \"jobCode\": \"CUISINIER\", "
            + "\"establishmentType\": \"EHPAD\"}";

    @Test
    void aSummaryOfOneEntitlementListsExactlyIt() {
        given().contentType(ContentType.JSON).body("{\"month\": \"2021-12\", \"employee\": " + NURSE + "}")
                .queryParam("detail", "summary")
                .when().post("/api/v1/evaluations").then().statusCode(200)
                .body("entitlement.measure", equalTo("SEGUR_SANTE_2020"))
                .body("entitlements.measure", equalTo(List.of("SEGUR_SANTE_2020")))
                .body("entitlements[0].amount", equalTo("237.00"))
                .body("$", not(hasKey("justification")))
                .body("totalAmount", equalTo("237.00"));
    }

    @Test
    void theFullAnswerKeepsTheList() {
        given().contentType(ContentType.JSON).body("{\"month\": \"2021-12\", \"employee\": " + NURSE + "}")
                .when().post("/api/v1/evaluations").then().statusCode(200)
                .body("entitlements.measure", equalTo(List.of("SEGUR_SANTE_2020")))
                .body("totalAmount", equalTo("237.00"));
    }

    @Test
    void aSummaryBatchListsItPerEmployeeAndAnEmptyListWhenNothingIsPaid() {
        given().contentType(ContentType.JSON).queryParam("detail", "summary")
                .body("{\"month\": \"2021-12\", \"employees\": [" + NURSE + ", " + COOK + "]}")
                .when().post("/api/v1/evaluations/batch").then().statusCode(200)
                .body("results[0].entitlements.measure", equalTo(List.of("SEGUR_SANTE_2020")))
                .body("results[0].totalAmount", equalTo("237.00"))
                .body("results[1].status", equalTo("NOT_ELIGIBLE"))
                .body("results[1].entitlements", equalTo(List.of()));
    }
}
