package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** Anything unexpected is a 500 problem body with a generic detail: no exception text, no stack trace. */
@QuarkusTest
class UnexpectedErrorTest {

    /** A test-only endpoint that fails the way a bug would. */
    @Path("/test-only/failing")
    public static class FailingResource {
        @GET
        public String fail() {
            throw new IllegalStateException("secret internal detail E-SENTINEL-42");
        }
    }

    @Test
    void aBugAnswersAGeneric500() {
        given().when().get("/test-only/failing").then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:segur:problem:internal-error"))
                .body("status", equalTo(500))
                .body("title", equalTo("Erreur interne"))
                .body(not(containsString("E-SENTINEL-42")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at fr.segur")));
    }
}
