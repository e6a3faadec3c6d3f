package fr.segur.eligibility.error;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import fr.segur.eligibility.api.FieldError;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.segur.eligibility.i18n.Messages;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Describes a Jackson reading error the way the caller sees it: the JSON path and a plain message. */
public final class JsonFieldErrors {

    private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

    private JsonFieldErrors() {
    }

    /** The path of the error, e.g. {@code employees[3].workingTime.ratio}; {@code prefix} is the path of the node read. */
    public static String path(String prefix, JsonMappingException e) {
        StringBuilder path = new StringBuilder(prefix);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    public static String message(JsonMappingException e, Locale locale) {
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String value = String.valueOf(format.getValue());
            if (target != null && target.isEnum()) {
                return Messages.render(locale, "error.unknownCode", value,
                        String.join(", ", Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList()));
            }
            if (target != null && Temporal.class.isAssignableFrom(target)) {
                return Messages.render(locale, "error.badDate", value);
            }
            return Messages.render(locale, "error.badValue", value, simpleType(target));
        }
        if (e instanceof MismatchedInputException mismatched) {
            Class<?> target = mismatched.getTargetType();
            if (target != null && Temporal.class.isAssignableFrom(target)) {
                return Messages.render(locale, "error.badDate", "?");
            }
            return Messages.render(locale, "error.wrongType", simpleType(target));
        }
        if (e.getCause() instanceof java.time.DateTimeException) {
            return Messages.render(locale, "error.badDate", "?");
        }
        return Messages.render(locale, "error.unreadableValue");
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == String.class) {
            return "string";
        }
        return type.isRecord() ? "object" : type.getSimpleName();
    }

    /**
     * The error for a document over a parser limit (eligibility.json.*), anywhere in the cause chain of
     * {@code e}: the field where the parser stopped, and which limit it hit.
     */
    public static Optional<FieldError> limitExceeded(String prefix, Throwable e, Locale locale) {
        JsonMappingException mapping = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonMappingException m && !m.getPath().isEmpty() && mapping == null) {
                mapping = m;
            }
            if (t instanceof StreamConstraintsException limit) {
                String field = mapping != null ? path(prefix, mapping) : parserPath(prefix, limit);
                return Optional.of(new FieldError(field, limitMessage(limit, locale)));
            }
        }
        return Optional.empty();
    }

    private static String limitMessage(StreamConstraintsException e, Locale locale) {
        String text = String.valueOf(e.getOriginalMessage());
        // Jackson says "... exceeds the maximum allowed (10000, from ...)": the configured limit, whichever parser hit it.
        Matcher max = MAXIMUM.matcher(text);
        String limit = max.find() ? max.group(1) : "?";
        if (text.contains("nesting depth")) {
            return Messages.render(locale, "error.limit.nesting", limit);
        }
        if (text.startsWith("Number value length")) {
            return Messages.render(locale, "error.limit.number", limit);
        }
        if (text.startsWith("Name length")) {
            return Messages.render(locale, "error.limit.name", limit);
        }
        return Messages.render(locale, "error.limit.string", limit);
    }

    /** Where the parser was when it stopped, as a caller's path ({@code employees[3].id}). */
    private static String parserPath(String prefix, StreamConstraintsException e) {
        List<JsonStreamContext> contexts = new ArrayList<>();
        if (e.getProcessor() instanceof JsonParser parser) {
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                contexts.add(0, c);
            }
        }
        StringBuilder path = new StringBuilder(prefix);
        for (JsonStreamContext c : contexts) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            } else if (c.inArray()) {
                path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
