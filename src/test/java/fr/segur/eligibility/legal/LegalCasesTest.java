package fr.segur.eligibility.legal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every legal case of {@code src/test/resources/cases/} through {@code POST /api/v1/evaluations}:
 * one dynamic test per case, named by its sentence, grouped by file.
 */
@QuarkusTest
class LegalCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicNode> legalCases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(file -> DynamicContainer.dynamicContainer(CASES.relativize(file).toString(),
                            cases(file).stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c)))));
        }
    }

    /** The case files are only worth something if they cover the rules: guard against an empty or partial suite. */
    @Test
    void everyRuleSetAndEveryMeasureHasCases() throws IOException {
        Set<String> measures = new TreeSet<>();
        Set<String> ids = new HashSet<>();
        int count = 0;
        try (Stream<Path> files = Files.walk(CASES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (JsonNode c : cases(file)) {
                    count++;
                    assertTrue(ids.add(c.get("employee").path("id").asText(c.get("name").asText())),
                            "duplicated case id in " + file + ": " + c.get("employee").path("id"));
                    if (c.get("expected").has("measure")) {
                        measures.add(c.get("expected").get("measure").asText());
                    }
                }
            }
        }
        assertTrue(count >= 60, "expected the legal suite to hold at least 60 cases, found " + count);
        assertEquals(new TreeSet<>(List.of("CTI_SANTE_2020", "CTI_SOCIO_EDUCATIF_2022", "IFSE_SOCLE_SEGUR",
                "SEGUR_SANTE_2020", "SOCIO_EDUCATIF_2022", "EXTENSION_2024", "LAFORCADE_PUBLIC_RATTACHE",
                "LAFORCADE_PUBLIC_AUTONOME", "LAFORCADE_PRIVE")), measures, "every measure is paid in at least one case");
    }

    private static List<JsonNode> cases(Path file) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            List<JsonNode> cases = new ArrayList<>();
            root.get("cases").forEach(cases::add);
            assertFalse(cases.isEmpty(), file + " has no case");
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(JsonNode c) throws IOException {
        ObjectNode request = JSON.createObjectNode();
        request.put("month", c.get("month").asText());
        if (c.has("ruleSets")) {
            request.set("ruleSets", c.get("ruleSets"));
        }
        request.set("employee", c.get("employee"));
        String body = given().contentType(ContentType.JSON).body(JSON.writeValueAsString(request))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200).extract().asString();
        JsonPath answer = JsonPath.from(body);
        JsonNode expected = c.get("expected");
        String context = "\nanswer: " + body;
        assertEquals(expected.get("status").asText(), answer.getString("status"), "status" + context);
        if ("ELIGIBLE".equals(expected.get("status").asText())) {
            assertEquals(expected.get("measure").asText(), answer.getString("entitlement.measure"), "measure" + context);
            assertEquals(expected.get("amount").asText(), answer.getString("entitlement.amount"), "amount" + context);
            assertEquals(expected.get("effectiveDate").asText(), answer.getString("entitlement.effectiveDate"), "effectiveDate" + context);
            if (expected.has("ruleSet")) {
                assertEquals(expected.get("ruleSet").asText(), answer.getString("entitlement.ruleSet.id"), "ruleSet" + context);
            }
            if (expected.has("ruleSetVersion")) {
                assertEquals(expected.get("ruleSetVersion").asText(), answer.getString("entitlement.ruleSet.version"), "version" + context);
            }
        } else {
            assertNull(answer.get("entitlement"), "no entitlement unless ELIGIBLE" + context);
        }
        if (expected.has("missingFacts")) {
            Set<String> want = new TreeSet<>();
            expected.get("missingFacts").forEach(n -> want.add(n.asText()));
            assertEquals(want, new TreeSet<>(answer.getList("missingFacts", String.class)), "missingFacts" + context);
        }
        if (expected.has("warnings")) {
            List<String> codes = answer.getList("warnings.code", String.class);
            expected.get("warnings").forEach(w -> assertTrue(codes.contains(w.asText()), "warning " + w.asText() + context));
        }
    }
}
