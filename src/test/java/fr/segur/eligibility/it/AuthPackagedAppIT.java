package fr.segur.eligibility.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.security.TestTokens;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application in its prod configuration: authentication on with a public key file, JSON logs
 * carrying the correlation id; and a misconfigured authentication stops start-up with a clear message.
 */
class AuthPackagedAppIT {

    private static final String BODY = "{\"month\": \"2024-09\", \"employee\": {\"id\": \"E-IT-1\", \"sector\": \"PUBLIC_FPH\", "
            + "\"jobCode\": \"INFIRMIER\", \"establishmentType\": \"EHPAD\"}}";

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void withAKeyFileEvaluationsNeedAValidTokenAndRuleSetsStayOpen() throws Exception {
        Path key = dir.resolve("public-key.pem");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TestTokens.PUBLIC_KEY)) {
            Files.write(key, in.readAllBytes());
        }
        try (PackagedApp app = PackagedApp.start(List.of("-Deligibility.auth.enabled=true",
                "-Dmp.jwt.verify.publickey.location=" + key, "-Dmp.jwt.verify.issuer=" + TestTokens.ISSUER))) {
            assertTrue(app.awaitReady(Duration.ofSeconds(30)), app.logText());

            HttpResponse<String> refused = post(app, null, "it-no-token-1");
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));

            assertEquals(401, post(app, TestTokens.signedByAnotherKey(), "it-bad-key").statusCode());
            HttpResponse<String> answered = post(app, TestTokens.evaluator(), "it-valid");
            assertEquals(200, answered.statusCode(), answered.body());
            assertTrue(answered.body().contains("\"status\":\"ELIGIBLE\""), answered.body());

            HttpResponse<String> ruleSets = client.send(HttpRequest.newBuilder(app.uri("/api/v1/rulesets")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ruleSets.statusCode());
            assertFalse(ruleSets.headers().firstValue("Server").isPresent(), "no Server header");

            // prod logs are JSON, one object a line, with the request's correlation id
            JsonNode refusal = jsonLines(app).stream().filter(l -> l.path("message").asText().startsWith("Access refused (401): no bearer token"))
                    .findFirst().orElseThrow(() -> new AssertionError("no refusal line in " + logText(app)));
            assertEquals("it-no-token-1", refusal.path("mdc").path("requestId").asText(), refusal.toString());
            assertFalse(logText(app).contains("E-IT-1"), "no employee id in the log");
        }
    }

    @Test
    void authenticationOnWithoutAnIssuerStopsStartUpClearly() throws Exception {
        try (PackagedApp app = PackagedApp.start(List.of("-Deligibility.auth.enabled=true"))) {
            assertTrue(app.process().waitFor(30, TimeUnit.SECONDS), "the service must stop");
            assertNotEquals(0, app.process().exitValue());
            assertTrue(app.logText().contains("misconfigured, the service will not start: no issuer: set mp.jwt.verify.issuer"), app.logText());
        }
    }

    @Test
    void aPlaceholderKeyStopsStartUpClearly() throws Exception {
        Path key = dir.resolve("placeholder.pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\nREPLACE-ME\n-----END PUBLIC KEY-----\n");
        try (PackagedApp app = PackagedApp.start(List.of("-Deligibility.auth.enabled=true",
                "-Dmp.jwt.verify.publickey.location=" + key, "-Dmp.jwt.verify.issuer=" + TestTokens.ISSUER))) {
            assertTrue(app.process().waitFor(30, TimeUnit.SECONDS), "the service must stop");
            assertNotEquals(0, app.process().exitValue());
            assertTrue(app.logText().contains("is not a PEM public key or a JWK set"), app.logText());
        }
    }

    private HttpResponse<String> post(PackagedApp app, String token, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("/api/v1/evaluations"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(BODY));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> jsonLines(PackagedApp app) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : app.logText().split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line)); // fails the test on any line that is not JSON
            }
        }
        return lines;
    }

    private static String logText(PackagedApp app) {
        try {
            return app.logText();
        } catch (Exception e) {
            return "?";
        }
    }
}
