package fr.segur.eligibility.validation;

import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hibernate Validator run on the request records: each violation is named by the caller's JSON path and its
 * message key ({@code {segur.id.size}}) rendered in the caller's language, errors in the order of the fields;
 * a record {@link CertainlyValid} vouches for is not validated again.
 */
public final class ConstraintChecks {

    private final Validator validator;
    private final CertainlyValid certainlyValid;

    public ConstraintChecks(Validator validator) {
        this.validator = validator;
        this.certainlyValid = new CertainlyValid(validator);
    }

    /** Adds a field error for every violated constraint of {@code bean}, paths prefixed with {@code prefix}. */
    public void check(Object bean, String prefix, Locale locale, List<FieldError> errors) {
        // Hibernate Validator decides (and words) every request the pre-check is not sure of.
        if (certainlyValid.test(bean)) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        if (violations.isEmpty()) {
            return;
        }
        // A set has no order: sort by the position of each field in its record, as the request declares them.
        List<ConstraintViolation<Object>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing((ConstraintViolation<Object> v) -> order(bean.getClass(), v.getPropertyPath()))
                .thenComparing(ConstraintViolation::getMessageTemplate));
        for (ConstraintViolation<Object> v : sorted) {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
            errors.add(new FieldError(prefix + v.getPropertyPath(), Messages.render(locale, key)));
        }
    }

    private static String order(Class<?> type, Path path) {
        StringBuilder key = new StringBuilder();
        Class<?> current = type;
        for (Path.Node node : path) {
            RecordComponent[] components = current.isRecord() ? current.getRecordComponents() : new RecordComponent[0];
            int index = components.length;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(node.getName())) {
                    index = i;
                    current = components[i].getType();
                    break;
                }
            }
            key.append((char) ('A' + index));
        }
        return key.toString();
    }
}
