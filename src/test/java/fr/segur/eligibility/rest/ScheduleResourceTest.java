package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Month-by-month schedules that follow version changes inside the range, with arrears against what was paid. */
@QuarkusTest
class ScheduleResourceTest {

    private static final String NURSE = "{\"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", \"establishmentType\": \"EHPAD\", \"employmentStart\": \"2015-01-01\"}";
    private static final String SECRETARY = "{\"id\": \"S\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", "
            + "\"establishmentType\": \"ESSMS_HANDICAP\", \"employer\": {\"idcc\": 413}, \"employmentStart\": \"2019-03-01\"}";

    private static io.restassured.response.ValidatableResponse schedule(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/evaluations/schedule").then();
    }

    @Test
    void followsThePointRiseOfJuly2023() {
        schedule("{\"from\": \"2023-05\", \"to\": \"2023-08\", \"employee\": " + NURSE + "}").statusCode(200)
                .body("months.month", equalTo(List.of("2023-05", "2023-06", "2023-07", "2023-08")))
                .body("months.due", equalTo(List.of("237.65", "237.65", "241.22", "241.22")))
                .body("months.ruleSetVersion", equalTo(List.of("2023-03-01-r2", "2023-03-01-r2", "2023-03-01-r2", "2023-03-01-r2")))
                .body("totals.due", equalTo("957.74"))
                .body("totals.paid", equalTo("0.00"))
                .body("totals.balance", equalTo("957.74"));
    }

    @Test
    void followsAMeasureStartingMidRangeAndComputesArrears() {
        schedule("{\"from\": \"2023-11\", \"to\": \"2024-03\", \"employee\": " + SECRETARY
                + ", \"paid\": {\"2024-03\": \"238.00\", \"2024-02\": \"100.00\"}}").statusCode(200)
                .body("employeeId", equalTo("S"))
                .body("months.status", equalTo(List.of("NOT_ELIGIBLE", "NOT_ELIGIBLE", "ELIGIBLE", "ELIGIBLE", "ELIGIBLE")))
                .body("months.ruleSetVersion", equalTo(java.util.Arrays.asList(null, null, "2024-01-01-r2", "2024-01-01-r2", "2024-01-01-r2")))
                .body("months.due", equalTo(List.of("0.00", "0.00", "238.00", "238.00", "238.00")))
                .body("months.paid", equalTo(List.of("0.00", "0.00", "0.00", "100.00", "238.00")))
                .body("months.balance", equalTo(List.of("0.00", "0.00", "238.00", "138.00", "0.00")))
                .body("totals.due", equalTo("714.00"))
                .body("totals.paid", equalTo("338.00"))
                .body("totals.balance", equalTo("376.00"));
    }

    @Test
    void employmentStartAndEndInsideTheRangeGivePartialMonths() {
        // The end date belongs to the employee, not to its employer (the contract forbids it there).
        String employee = SECRETARY.replace("\"2019-03-01\"}", "\"2024-02-16\", \"employmentEnd\": \"2024-04-10\"}");
        schedule("{\"from\": \"2024-01\", \"to\": \"2024-05\", \"employee\": " + employee + "}").statusCode(200)
                // February 2024 from the 16th: 14/29 of 238; April to the 10th: 10/30 of 238.
                .body("months.due", equalTo(List.of("0.00", "114.90", "238.00", "79.33", "0.00")))
                .body("months.effectiveDate", equalTo(java.util.Arrays.asList(null, "2024-02-16", "2024-02-16", "2024-02-16", null)));
    }

    @Test
    void anEmployeeWithoutIdHasNoEmployeeIdAtAll() {
        schedule("{\"from\": \"2024-01\", \"to\": \"2024-01\", \"employee\": " + NURSE + "}").statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("employeeId")));
    }

    @Test
    @SendsInvalidRequests
    void paidIsAStringWithExactlyTwoDecimals() {
        for (String paid : List.of("\"238\"", "\"1e2\"", "\" 238.00\"", "238.00", "\"238.0\"")) {
            schedule("{\"from\": \"2024-01\", \"to\": \"2024-01\", \"employee\": " + SECRETARY + ", \"paid\": {\"2024-01\": "
                    + paid + "}}").statusCode(400).body("errors.field", equalTo(List.of("paid.2024-01")));
        }
        schedule("{\"from\": \"2024-01\", \"to\": \"2024-01\", \"employee\": " + SECRETARY + ", \"paid\": {\"2024-01\": \"-238.00\"}}")
                .statusCode(200).body("totals.paid", equalTo("-238.00"));
    }

    @Test
    @SendsInvalidRequests
    void impossibleRangesAre400() {
        schedule("{\"from\": \"2024-12\", \"to\": \"2024-01\", \"employee\": " + SECRETARY + "}").statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("to")));
        schedule("{\"from\": \"2014-01\", \"to\": \"2024-12\", \"employee\": " + SECRETARY + "}").statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
        schedule("{\"from\": \"2024-01\", \"to\": \"2024-02\", \"employee\": " + SECRETARY + ", \"paid\": {\"2023-01\": \"1.00\", \"2024-01\": \"1.005\"}}")
                .statusCode(400).body("errors.field", hasItem("paid.2023-01")).body("errors.field", hasItem("paid.2024-01"));
        schedule("{\"from\": \"2024-01\", \"employee\": {}}").statusCode(400).body("errors.field", hasItem("to"));
    }
}
