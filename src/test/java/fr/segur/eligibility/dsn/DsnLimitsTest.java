package fr.segur.eligibility.dsn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.segur.eligibility.security.AuthOnProfile;
import fr.segur.eligibility.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The DSN endpoint needs the evaluation role when authentication is on, and refuses a file over its size limit. */
@QuarkusTest
@TestProfile(DsnLimitsTest.Profile.class)
class DsnLimitsTest {

    /** Authentication on, and a DSN limit small enough for a test file. */
    public static class Profile extends AuthOnProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("eligibility.dsn.max-size", "2K");
            return overrides;
        }
    }

    private static final String PATH = "/api/v1/dsn/evaluations";
    private final DsnScenario scenario = new DsnScenario();

    private byte[] body() {
        return new Multipart().file("dsn", "big.dsn", scenario.file).field("establishments", DsnScenario.ESTABLISHMENTS).bytes();
    }

    @Test
    void theEvaluationRoleIsNeeded() {
        given().contentType(Multipart.CONTENT_TYPE).body(body()).when().post(PATH).then().statusCode(401);
        given().contentType(Multipart.CONTENT_TYPE).header("Authorization", "Bearer " + TestTokens.withRoles("someone-else"))
                .body(body()).when().post(PATH).then().statusCode(403);
        given().when().get("/api/v1/reference/pcs-ese").then().statusCode(200);
    }

    @Test
    void aFileOverTheLimitIs413WithAProblemBody() {
        given().contentType(Multipart.CONTENT_TYPE).header("Authorization", "Bearer " + TestTokens.evaluator())
                .header("Accept-Language", "en").body(body())
                .when().post(PATH).then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("eligibility.dsn.max-size"));
    }
}
