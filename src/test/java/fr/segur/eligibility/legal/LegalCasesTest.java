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
 * one dynamic test per case (per month for a case with {@code months:}), named by its sentence, grouped by file.
 * {@code -Dcases=bassms/revision-2.yaml} (a path under the cases folder, or a part of it) runs only the matching files.
 */
@QuarkusTest
class LegalCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The files to run: every file unless the {@code cases} system property names some. */
    private static final String ONLY = System.getProperty("cases", "");

    @TestFactory
    Stream<DynamicNode> legalCases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> CASES.relativize(p).toString().replace('\\', '/').contains(ONLY)).sorted().toList().stream()
                    .map(file -> DynamicContainer.dynamicContainer(CASES.relativize(file).toString(),
                            cases(file).stream().flatMap(LegalCasesTest::tests)));
        }
    }

    /** One test for a case of one month; one per month for a case that lists {@code months}. */
    private static Stream<DynamicNode> tests(JsonNode c) {
        if (!c.has("months")) {
            return Stream.of(DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c, c.get("month").asText(), c.get("expected"))));
        }
        List<DynamicNode> tests = new ArrayList<>();
        c.get("months").fields().forEachRemaining(m -> tests.add(DynamicTest.dynamicTest(
                c.get("name").asText() + " — " + m.getKey(), () -> run(c, m.getKey(), m.getValue()))));
        return tests.stream();
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
                    String id = c.has("id") ? c.get("id").asText() : c.get("employee").path("id").asText(c.get("name").asText());
                    assertTrue(ids.add(id), "duplicated case id in " + file + ": " + id);
                    List<JsonNode> expectations = new ArrayList<>();
                    if (c.has("months")) {
                        c.get("months").forEach(expectations::add);
                    } else {
                        expectations.add(c.get("expected"));
                    }
                    for (JsonNode e : expectations) {
                        if (e.has("measure")) {
                            measures.add(e.get("measure").asText());
                        }
                        e.path("entitlements").forEach(en -> measures.add(en.get("measure").asText()));
                    }
                }
            }
        }
        assertTrue(count >= 90, "expected the legal suite to hold at least 90 cases, found " + count);
        assertEquals(new TreeSet<>(List.of("CTI_SANTE_2020", "CTI_SOCIO_EDUCATIF_2022", "IFSE_SOCLE_SEGUR",
                "SEGUR_SANTE_2020", "SEGUR_2_NEXEM_2022", "SOCIO_EDUCATIF_2022", "EXTENSION_2024", "LAFORCADE_PUBLIC_RATTACHE",
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

    private static void run(JsonNode c, String month, JsonNode expected) throws IOException {
        ObjectNode request = JSON.createObjectNode();
        request.put("month", month);
        if (c.has("ruleSets")) {
            request.set("ruleSets", c.get("ruleSets"));
        }
        request.set("employee", c.get("employee"));
        String body = given().contentType(ContentType.JSON).body(JSON.writeValueAsString(request))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200).extract().asString();
        JsonPath answer = JsonPath.from(body);
        String context = "\nanswer: " + body;
        assertEquals(expected.get("status").asText(), answer.getString("status"), "status" + context);
        if ("ELIGIBLE".equals(expected.get("status").asText())) {
            if (expected.has("measure")) {
                assertEquals(expected.get("measure").asText(), answer.getString("entitlement.measure"), "measure" + context);
                assertEquals(expected.get("amount").asText(), answer.getString("entitlement.amount"), "amount" + context);
            }
            if (expected.has("effectiveDate")) {
                assertEquals(expected.get("effectiveDate").asText(), answer.getString("entitlement.effectiveDate"), "effectiveDate" + context);
            }
            if (expected.has("ruleSet")) {
                assertEquals(expected.get("ruleSet").asText(), answer.getString("entitlement.ruleSet.id"), "ruleSet" + context);
            }
            if (expected.has("ruleSetVersion")) {
                assertEquals(expected.get("ruleSetVersion").asText(), answer.getString("entitlement.ruleSet.version"), "version" + context);
            }
            checkEntitlements(expected, answer, context);
        } else {
            assertNull(answer.get("entitlement"), "no entitlement unless ELIGIBLE" + context);
            // An undecided principal leaves the complementary measures met listed (segur-rules.md §6).
            List<String> want = new ArrayList<>();
            expected.path("entitlements").forEach(e -> want.add(e.get("measure").asText()));
            assertEquals(want, answer.getList("entitlements.measure", String.class), "entitlements" + context);
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
        if (expected.has("noWarnings")) {
            List<String> codes = answer.getList("warnings.code", String.class);
            expected.get("noWarnings").forEach(w -> assertFalse(codes.contains(w.asText()), "no warning " + w.asText() + context));
        }
    }

    /**
     * Every entitlement in order (principal first) and the month's total; without {@code expected.entitlements} the
     * principal is the only one, and the total is its amount.
     */
    private static void checkEntitlements(JsonNode expected, JsonPath answer, String context) {
        List<String> measures = answer.getList("entitlements.measure", String.class);
        List<String> amounts = answer.getList("entitlements.amount", String.class);
        if (expected.has("entitlements")) {
            List<String> wantMeasures = new ArrayList<>();
            List<String> wantAmounts = new ArrayList<>();
            expected.get("entitlements").forEach(e -> {
                wantMeasures.add(e.get("measure").asText());
                wantAmounts.add(e.get("amount").asText());
            });
            assertEquals(wantMeasures, measures, "entitlements.measure" + context);
            assertEquals(wantAmounts, amounts, "entitlements.amount" + context);
            assertEquals(answer.getString("entitlement.measure"), measures.get(0), "entitlement is the principal" + context);
        } else if (expected.has("measure")) {
            assertEquals(List.of(expected.get("measure").asText()), measures, "entitlements.measure" + context);
        }
        String total = expected.has("totalAmount") ? expected.get("totalAmount").asText()
                : expected.has("amount") ? expected.get("amount").asText() : null;
        if (total != null) {
            assertEquals(total, answer.getString("totalAmount"), "totalAmount" + context);
        }
    }
}
