package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated requests (seeded, so a failure is reproducible) to every POST endpoint: never a 5xx,
 * and every 4xx is a problem body; a 400 names the fields.
 */
@QuarkusTest
@SendsInvalidRequests
class HostileInputTest {

    private static final long SEED = Long.getLong("hostile.seed", 20261122L);
    private static final int MUTANTS_PER_ENDPOINT = 700;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static final String EMPLOYEE = "{\"id\": \"E1\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", "
            + "\"establishmentType\": \"ESSMS_HANDICAP\", \"fundedBy\": [\"ASSURANCE_MALADIE\"], \"attachedToPublicHospital\": false, "
            + "\"mainActivityAccompaniment\": true, \"employer\": {\"idcc\": 413, \"signatoryMember\": true}, "
            + "\"workingTime\": {\"ratio\": \"0.8\"}, \"partTimeScheme\": \"TEMPS_PARTIEL\", \"payRate\": \"FULL\", "
            + "\"employmentStart\": \"2019-03-01\", \"employmentEnd\": null}";

    @Test
    void evaluations() throws Exception {
        fuzz("/api/v1/evaluations", "{\"month\": \"2024-09\", \"ruleSets\": [\"bassms\"], \"employee\": " + EMPLOYEE + "}", 1);
    }

    @Test
    void batches() throws Exception {
        fuzz("/api/v1/evaluations/batch", "{\"month\": \"2024-09\", \"employees\": [" + EMPLOYEE + ", " + EMPLOYEE + "]}", 2);
    }

    @Test
    void schedules() throws Exception {
        fuzz("/api/v1/evaluations/schedule", "{\"from\": \"2023-11\", \"to\": \"2024-02\", \"paid\": {\"2024-01\": \"238.00\"}, \"employee\": "
                + EMPLOYEE + "}", 3);
    }

    @Test
    void rawBytesAndOddBodies() {
        List<byte[]> bodies = List.of(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x7b},
                "{\"month\": \"2024-09\", \"employee\": {\"id\": \"\u0000\"}}".getBytes(StandardCharsets.UTF_8),
                "{\"employee\": {}, \"employee\": {\"sector\": \"PUBLIC_FPT\"}}".getBytes(StandardCharsets.UTF_8),
                ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8),
                ("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(StandardCharsets.UTF_8),
                "null".getBytes(StandardCharsets.UTF_8), "42".getBytes(StandardCharsets.UTF_8), new byte[0]);
        for (String path : List.of("/api/v1/evaluations", "/api/v1/evaluations/batch", "/api/v1/evaluations/schedule")) {
            for (byte[] body : bodies) {
                check(path, body, "application/json");
            }
        }
        check("/api/v1/evaluations/batch", new byte[] {(byte) 0xff, '\n', '{', '\n'}, "application/x-ndjson");
        check("/api/v1/evaluations/batch", "id,sector\n\"unterminated,PUBLIC_FPT\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        check("/api/v1/evaluations/batch", "id;workingTimeRatio;monthlyHours;employmentStart\nA;1e999;-0,5;31/02/2024\n".getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private void fuzz(String path, String valid, int salt) throws Exception {
        Random random = new Random(SEED + salt);
        JsonNode seed = JSON.readTree(valid);
        for (int i = 0; i < MUTANTS_PER_ENDPOINT; i++) {
            JsonNode mutant = seed.deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutant = mutate(mutant, random);
            }
            check(path, JSON.writeValueAsBytes(mutant), "application/json");
        }
    }

    private static void check(String path, byte[] body, String contentType) {
        Response r = given().contentType(contentType).accept(contentType.equals("text/csv") ? "text/csv" : contentType)
                .body(body).when().post(path);
        String shown = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        assertTrue(r.statusCode() < 500, () -> path + " answered " + r.statusCode() + " to " + shown + "\n" + r.asString());
        String text = r.asString();
        assertFalse(text.contains("Exception") || text.contains("\tat "), () -> "internals leaked for " + shown + ": " + text);
        if (r.statusCode() >= 400) {
            assertEquals("application/problem+json", r.contentType().split(";")[0], () -> "problem body for " + shown);
            if (r.statusCode() == 400) {
                assertFalse(r.jsonPath().getList("errors.field").isEmpty(), () -> "a 400 names the field for " + shown + ": " + text);
            }
        }
    }

    /** One random mutation somewhere in the tree: drop, null, wrong type, huge, odd number, odd date, nesting. */
    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(10) == 0) {
                object.remove(name);
            } else {
                object.set(name, hostileValue(random));
            }
            if (random.nextInt(15) == 0) {
                object.set("unknown" + random.nextInt(100), hostileValue(random));
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), hostileValue(random));
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode hostileValue(Random random) {
        return switch (random.nextInt(18)) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode("x".repeat(random.nextInt(100_000)));
            case 2 -> F.numberNode(new java.math.BigDecimal("1e999"));
            case 3 -> F.numberNode(new java.math.BigDecimal("-1e-999"));
            case 4 -> F.numberNode(random.nextLong());
            case 5 -> F.numberNode(random.nextDouble() * 1000 - 500);
            case 6 -> F.textNode("2024-02-30");
            case 7 -> F.textNode("0000-00");
            case 8 -> F.booleanNode(random.nextBoolean());
            case 9 -> F.arrayNode().add(F.objectNode()).add(F.nullNode());
            case 10 -> F.objectNode().set("param", F.textNode("branchIdcc"));
            case 11 -> F.textNode("\u0000\uD800é☃\n\"");
            case 12 -> F.textNode("NaN");
            case 13 -> nested(random.nextInt(200));
            case 14 -> F.textNode("9999-12");
            case 15 -> F.textNode("0001-01");
            case 16 -> F.numberNode(Integer.MAX_VALUE);
            default -> F.textNode("PUBLIC_FPT");
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode node = F.textNode("deep");
        for (int i = 0; i < depth; i++) {
            node = F.arrayNode().add(node);
        }
        return node;
    }
}
