package fr.segur.eligibility.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A YAML node that knows its file and path, so that every complaint says exactly where the problem is. */
record Node(String file, String path, JsonNode json) {

    static Node root(String file, JsonNode json) {
        return new Node(file, "", json);
    }

    RuleDataException error(String problem) {
        return new RuleDataException(file, (path.isEmpty() ? "" : path + ": ") + problem);
    }

    Node child(String name) {
        return new Node(file, path.isEmpty() ? name : path + "." + name, json.get(name));
    }

    boolean has(String name) {
        return json != null && json.hasNonNull(name);
    }

    Node required(String name) {
        Node child = child(name);
        if (child.json == null || child.json.isNull()) {
            throw child.error("is required");
        }
        return child;
    }

    String text() {
        if (json == null || !json.isValueNode()) {
            throw error("must be a text value");
        }
        String text = json.asText().trim();
        if (text.isEmpty()) {
            throw error("must not be empty");
        }
        return text;
    }

    String text(String name) {
        return required(name).text();
    }

    String optionalText(String name) {
        return has(name) ? child(name).text() : null;
    }

    LocalDate date() {
        try {
            return LocalDate.parse(text());
        } catch (DateTimeParseException e) {
            throw error("'" + json.asText() + "' is not a date (YYYY-MM-DD)");
        }
    }

    BigDecimal decimal() {
        try {
            BigDecimal value = new BigDecimal(text());
            if (value.signum() <= 0) {
                throw error("must be positive");
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("'" + json.asText() + "' is not a decimal number");
        }
    }

    int integer() {
        if (json == null || !json.canConvertToInt() || !json.isIntegralNumber()) {
            throw error("must be a whole number");
        }
        return json.asInt();
    }

    boolean bool() {
        if (json == null || !json.isBoolean()) {
            throw error("must be true or false");
        }
        return json.asBoolean();
    }

    List<Node> list() {
        if (json == null || !json.isArray() || json.isEmpty()) {
            throw error("must be a non-empty list");
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            items.add(new Node(file, path + "[" + i + "]", json.get(i)));
        }
        return items;
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String value = text();
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw error("unknown value '" + value + "'; expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
