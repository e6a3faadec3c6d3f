package fr.segur.eligibility.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sixteen clients at once, mixing single evaluations, JSON batches and NDJSON streams (bounded in count and
 * time, loopback only): every employee gets exactly one answer per request, identical to its answer alone.
 */
@QuarkusTest
class ConcurrentLoadTest {

    private static final int CLIENTS = 16;
    private static final int ROUNDS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SECTORS = {"PRIVATE_NON_PROFIT", "PUBLIC_FPT", "PUBLIC_FPH"};
    private static final String[] JOBS = {"SECRETAIRE", "AES", "INFIRMIER", "EDUCATEUR_SPECIALISE", "CUISINIER", "MEDECIN", "AGENT_SOCIAL"};
    private static final String[] PLACES = {"ESSMS_HANDICAP", "EHPAD", "PROTECTION_ENFANCE", "ETABLISSEMENT_SANTE", "SERVICES_CENTRAUX"};
    private static final String[] MONTHS = {"2020-10", "2021-11", "2022-07", "2023-09", "2024-09"};

    @TestHTTPResource("/api/v1/evaluations")
    URI single;

    @TestHTTPResource("/api/v1/evaluations/batch")
    URI batch;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyEmployeeGetsItsOwnAnswerUnderConcurrentLoad() throws Exception {
        List<ObjectNode> employees = employees(60);
        Map<String, JsonNode> alone = new ConcurrentHashMap<>();
        for (ObjectNode e : employees) {
            alone.put(e.get("id").asText(), post(single, "application/json", request(e).toString()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger answers = new AtomicInteger();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            long seed = c;
            clients.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int round = 0; round < ROUNDS; round++) {
                    List<ObjectNode> some = new ArrayList<>(employees);
                    Collections.shuffle(some, random);
                    some = some.subList(0, 1 + random.nextInt(20));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            ObjectNode e = some.get(0);
                            assertSame(alone, e, post(single, "application/json", request(e).toString()));
                            answers.incrementAndGet();
                        }
                        case 1 -> {
                            // A JSON batch has one month: send those employees that share the first one's month.
                            String month = some.get(0).get("_month").asText();
                            List<ObjectNode> sameMonth = some.stream().filter(e -> e.get("_month").asText().equals(month)).toList();
                            JsonNode results = post(batch, "application/json", batchOf(month, sameMonth)).get("results");
                            assertEquals(sameMonth.size(), results.size());
                            for (int i = 0; i < sameMonth.size(); i++) {
                                ObjectNode result = (ObjectNode) results.get(i).deepCopy();
                                assertEquals(i, result.remove("index").asInt());
                                assertSame(alone, sameMonth.get(i), result);
                                answers.incrementAndGet();
                            }
                        }
                        default -> {
                            StringBuilder lines = new StringBuilder();
                            some.forEach(e -> lines.append(request(e)).append('\n'));
                            List<JsonNode> out = postLines(lines.toString());
                            assertEquals(some.size(), out.size());
                            for (int i = 0; i < some.size(); i++) {
                                assertSame(alone, some.get(i), out.get(i));
                                answers.incrementAndGet();
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get(120, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(answers.get() >= CLIENTS * ROUNDS, "answers checked: " + answers.get());
    }

    private static void assertSame(Map<String, JsonNode> alone, ObjectNode employee, JsonNode answer) {
        String id = employee.get("id").asText();
        assertEquals(alone.get(id), answer, "answer for " + id);
    }

    private static ObjectNode request(ObjectNode employee) {
        ObjectNode r = JSON.createObjectNode();
        r.put("month", employee.get("_month").asText());
        ObjectNode e = employee.deepCopy();
        e.remove("_month");
        r.set("employee", e);
        return r;
    }

    private static String batchOf(String month, List<ObjectNode> employees) {
        ObjectNode r = JSON.createObjectNode();
        r.put("month", month);
        employees.forEach(e -> r.withArray("employees").add(request(e).get("employee")));
        return r.toString();
    }

    private JsonNode post(URI uri, String type, String body) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).header("Content-Type", type)
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> postLines(String body) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(batch).header("Content-Type", "application/x-ndjson")
                    .header("Accept", "application/x-ndjson").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            List<JsonNode> out = new ArrayList<>();
            for (String line : r.body().split("\n")) {
                out.add(JSON.readTree(line));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ObjectNode> employees(int n) {
        Random random = new Random(42);
        List<ObjectNode> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ObjectNode e = JSON.createObjectNode();
            e.put("id", "L" + i);
            e.put("sector", SECTORS[random.nextInt(SECTORS.length)]);
            e.put("jobCode", JOBS[random.nextInt(JOBS.length)]);
            e.put("establishmentType", PLACES[random.nextInt(PLACES.length)]);
            e.putArray("fundedBy").add("ASSURANCE_MALADIE");
            e.put("attachedToPublicHospital", random.nextBoolean());
            e.putObject("employer").put("idcc", random.nextBoolean() ? 413 : 29);
            if (random.nextBoolean()) {
                e.putObject("workingTime").put("ratio", random.nextBoolean() ? "0.8" : "0.5");
            }
            e.put("employmentStart", (2015 + random.nextInt(9)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9));
            e.put("_month", MONTHS[random.nextInt(MONTHS.length)]);
            list.add(e);
        }
        return list;
    }
}
