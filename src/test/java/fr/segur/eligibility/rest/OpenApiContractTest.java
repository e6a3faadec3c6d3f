package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi/openapi.yaml} is the single contract: the endpoints the code exposes and the operations the
 * file describes must be the same set, and {@code /q/openapi} must serve that file.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final java.nio.file.Path CONTRACT = java.nio.file.Path.of("openapi/openapi.yaml");
    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch");

    @Test
    void codeAndContractExposeTheSameOperations() throws Exception {
        assertEquals(contractOperations(YAML.readTree(CONTRACT.toFile())), codeOperations());
    }

    @Test
    void servedDocumentIsTheContractFile() throws Exception {
        JsonNode file = YAML.readTree(CONTRACT.toFile());
        JsonNode served = YAML.readTree(given().when().get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(contractOperations(file), contractOperations(served));
        assertEquals(file.get("info").get("title"), served.get("info").get("title"));
        assertEquals(names(file.get("components").get("schemas")), names(served.get("components").get("schemas")));
        for (Iterator<Map.Entry<String, JsonNode>> it = file.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (op.getValue().has("operationId")) {
                    assertEquals(op.getValue().get("operationId"), served.get("paths").get(path.getKey()).get(op.getKey()).get("operationId"));
                }
            });
        }
    }

    /** A YAML 1.1 parser (SnakeYAML, as many integrators' tools) reads every date of the served document as text. */
    @Test
    void servedYamlKeepsDatesAsText() {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        java.util.List<String> dates = new java.util.ArrayList<>();
        datesIn(new org.yaml.snakeyaml.Yaml().load(served), "$", dates);
        assertEquals(java.util.List.of(), dates);
        assertTrue(served.contains("\"2024-01-01\""), "versions are quoted");
    }

    private static void datesIn(Object node, String path, java.util.List<String> dates) {
        if (node instanceof java.util.Date) {
            dates.add(path);
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k instanceof java.util.Date) {
                    dates.add(path + " key " + k);
                }
                datesIn(v, path + "." + k, dates);
            });
        } else if (node instanceof java.util.List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                datesIn(list.get(i), path + "[" + i + "]", dates);
            }
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> contractOperations(JsonNode doc) {
        Set<String> operations = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(verb -> {
            if (VERBS.containsValue(verb)) {
                operations.add(verb.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** Every resource method of the application, read from the compiled JAX-RS annotations. */
    private static Set<String> codeOperations() throws Exception {
        Set<String> operations = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, OpenApiContractTest.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
                        if (m.isAnnotationPresent(verb.getKey())) {
                            Path sub = m.getAnnotation(Path.class);
                            operations.add(verb.getValue().toUpperCase() + " " + join(root.value(), sub == null ? "" : sub.value()));
                        }
                    }
                }
            }
        }
        assertTrue(operations.size() >= 5, "resource methods found: " + operations);
        return operations;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
