package fr.segur.eligibility.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The batch's three formats as the tests send and read them: a body of employees, the results as single answers. */
public final class BatchAnswerFormats {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("application/json", "application/x-ndjson", "text/csv");

    private BatchAnswerFormats() {
    }

    /** All nine pairs of request and answer formats. */
    public static Stream<Arguments> pairs() {
        return FORMATS.stream().flatMap(in -> FORMATS.stream().map(out -> Arguments.of(in, out)));
    }

    /** The batch request of {@code employees} (JSON objects) in {@code format}; {@code csv} is the same as CSV. */
    public static String body(String format, List<String> employees, String csv) {
        return switch (format) {
            case "application/json" -> "{\"employees\": [" + String.join(",", employees) + "]}";
            case "application/x-ndjson" -> String.join("\n", employees.stream().map(e -> "{\"employee\": " + e + "}").toList()) + "\n";
            default -> csv;
        };
    }

    /**
     * The results as single answers: a JSON result without its place in the batch, an NDJSON line, or the
     * {@code csvColumns} of a CSV row.
     */
    public static List<JsonNode> results(String format, String answer, List<String> csvColumns) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        switch (format) {
            case "application/json" -> {
                for (JsonNode r : JSON.readTree(answer).get("results")) {
                    ((ObjectNode) r).remove(List.of("index", "line"));
                    results.add(r);
                }
            }
            case "application/x-ndjson" -> {
                for (String line : answer.lines().toList()) {
                    results.add(JSON.readTree(line));
                }
            }
            default -> {
                List<String> lines = answer.lines().toList();
                List<String> header = List.of(lines.get(0).split(",", -1));
                for (String line : lines.subList(1, lines.size())) {
                    List<String> cells = List.of(line.split(",", -1));
                    ObjectNode row = JSON.createObjectNode();
                    for (String column : csvColumns) {
                        row.put(column, cells.get(header.indexOf(column)));
                    }
                    results.add(row);
                }
            }
        }
        return results;
    }

    /** The {@code columns} a CSV answer gives of a single answer. */
    public static JsonNode csvRow(JsonNode single, List<String> columns) {
        JsonNode e = single.path("entitlement");
        ObjectNode row = JSON.createObjectNode();
        for (String column : columns) {
            row.put(column, switch (column) {
                case "id" -> single.get("employeeId").asText();
                case "status" -> single.get("status").asText();
                case "ruleSet" -> e.path("ruleSet").path("id").asText("");
                case "ruleSetVersion" -> e.path("ruleSet").path("version").asText("");
                case "variant" -> single.path("variant").path("name").asText("");
                default -> e.path(column).asText("");
            });
        }
        return row;
    }
}
