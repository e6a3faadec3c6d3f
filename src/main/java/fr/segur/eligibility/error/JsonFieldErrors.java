package fr.segur.eligibility.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.segur.eligibility.api.Messages;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Describes a Jackson reading error the way the caller sees it: the JSON path and a plain message. */
public final class JsonFieldErrors {

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
}
