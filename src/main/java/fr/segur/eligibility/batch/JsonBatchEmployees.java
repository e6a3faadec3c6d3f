package fr.segur.eligibility.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import fr.segur.eligibility.api.Employee;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code employees} of a JSON batch as read in one pass over the request bytes: each employee bound on its own,
 * and the byte offset where each starts, so that one with problems can be read again as a tree to name them (one bad
 * employee never fails the others). Above the maximum, employees are only counted.
 */
public record JsonBatchEmployees(boolean array, int count, List<Employee> bound, List<Long> offsets) {

    /** The attribute of the reader holding the maximum number of employees bound. */
    static final String MAX = "eligibility.batch.max-employees";

    /** The employee at {@code index}, or null when it could not be bound. */
    Employee employee(int index) {
        return bound.get(index);
    }

    /** Where employee {@code index} starts in the request bytes. */
    long offset(int index) {
        return offsets.get(index);
    }

    /** False when the parser counted characters, not bytes (a body in UTF-16 or UTF-32). */
    boolean offsetsKnown() {
        return offsets.stream().allMatch(o -> o >= 0);
    }

    /** Reads the value of {@code employees}; anything but an array is kept as "not an array" for the caller to refuse. */
    static final class Reader extends JsonDeserializer<JsonBatchEmployees> {

        @Override
        public JsonBatchEmployees deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                p.skipChildren();
                return new JsonBatchEmployees(false, 0, List.of(), List.of());
            }
            int max = (Integer) ctxt.getAttribute(MAX);
            JsonStreamContext array = p.getParsingContext();
            List<Employee> bound = new ArrayList<>();
            List<Long> offsets = new ArrayList<>();
            int count = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                count++;
                if (count > max) {
                    skip(p, array);
                    continue;
                }
                offsets.add(p.currentTokenLocation().getByteOffset());
                bound.add(t == JsonToken.START_OBJECT ? bind(p, ctxt, array, count - 1) : null);
                skip(p, array);
            }
            return new JsonBatchEmployees(true, count, bound, offsets);
        }

        /**
         * The employee, or null when it cannot be bound (the caller skips what is left of it). A document-level
         * error (malformed JSON, a parser limit) is no employee's problem: it fails the request, naming where.
         */
        private static Employee bind(JsonParser p, DeserializationContext ctxt, JsonStreamContext array, int index) throws IOException {
            try {
                return ctxt.readValue(p, Employee.class);
            } catch (JsonMappingException e) {
                for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
                    if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                        throw JsonMappingException.wrapWithPath(e, array, index);
                    }
                }
                return null;
            }
        }

        /**
         * Moves to the end of the current employee (where a bound one already is), finishing every string on the
         * way: the parser reads strings lazily, and their limits and encoding must be checked as a whole read would.
         */
        private static void skip(JsonParser p, JsonStreamContext array) throws IOException {
            for (JsonToken t = p.currentToken(); ; t = p.nextToken()) {
                if (t == null) {
                    throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "unexpected end of the employees");
                }
                if (t == JsonToken.VALUE_STRING) {
                    p.finishToken();
                }
                if (p.getParsingContext() == array) {
                    return;
                }
            }
        }
    }
}
