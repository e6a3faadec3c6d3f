package fr.segur.eligibility.validation;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The constraints the Bean Validation annotations of the request records declare, checked by hand: on the service
 * path Bean Validation cost more than the evaluation itself. {@code FieldConstraintsTest} holds both to the same
 * errors, field by field, on both sides of every bound.
 */
public final class FieldConstraints {

    private static final Pattern MONTH = Pattern.compile(EvaluationRequest.MONTH_PATTERN);
    private static final int MAX_TEXT = 64;
    private static final int MAX_LIST = 10;
    private static final BigDecimal MAX_RATIO = BigDecimal.ONE;
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(300);
    private static final int MIN_IDCC = 1;
    private static final int MAX_IDCC = 9999;

    private FieldConstraints() {
    }

    /** Paths are prefixed with {@code prefix} (e.g. "" or "items[2]."). */
    public static void request(EvaluationRequest r, String prefix, Locale locale, List<FieldError> errors) {
        if (r.month() != null && !isMonth(r.month())) {
            errors.add(error(prefix + "month", "segur.month.format", locale));
        }
        if (r.ruleSets() != null && r.ruleSets().size() > MAX_LIST) {
            errors.add(error(prefix + "ruleSets", "segur.ruleSets.size", locale));
        }
        if (r.employee() == null) {
            errors.add(error(prefix + "employee", "segur.employee.required", locale));
        } else {
            employee(r.employee(), prefix.isEmpty() ? "employee." : prefix + "employee.", locale, errors);
        }
    }

    /** Whether the text is a month as the API writes it ({@link EvaluationRequest#MONTH_PATTERN}), compiled once. */
    public static boolean isMonth(String text) {
        return MONTH.matcher(text).matches();
    }

    /** Paths are prefixed with {@code prefix} (e.g. "employee." or "employees[3]."). */
    public static void employee(Employee e, String prefix, Locale locale, List<FieldError> errors) {
        text(e.id(), prefix, "id", "segur.id.size", locale, errors);
        text(e.jobCode(), prefix, "jobCode", "segur.code.size", locale, errors);
        text(e.establishmentType(), prefix, "establishmentType", "segur.code.size", locale, errors);
        if (e.fundedBy() != null && e.fundedBy().size() > MAX_LIST) {
            errors.add(error(prefix + "fundedBy", "segur.fundedBy.size", locale));
        }
        if (e.employer() != null && e.employer().idcc() != null
                && (e.employer().idcc() < MIN_IDCC || e.employer().idcc() > MAX_IDCC)) {
            errors.add(error(prefix + "employer.idcc", "segur.idcc.range", locale));
        }
        if (e.workingTime() != null) {
            positiveAtMost(e.workingTime().ratio(), MAX_RATIO, prefix, "workingTime.ratio", "segur.ratio.range", locale, errors);
            positiveAtMost(e.workingTime().monthlyHours(), MAX_HOURS, prefix, "workingTime.monthlyHours",
                    "segur.hours.range", locale, errors);
        }
    }

    // The path is put together only for an error: valid requests, the usual case, build no string.
    private static void text(String value, String prefix, String field, String key, Locale locale, List<FieldError> errors) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(error(prefix + field, key, locale));
        }
    }

    private static void positiveAtMost(BigDecimal value, BigDecimal max, String prefix, String field, String key,
                                       Locale locale, List<FieldError> errors) {
        if (value != null && (value.signum() <= 0 || value.compareTo(max) > 0)) {
            errors.add(error(prefix + field, key, locale));
        }
    }

    private static FieldError error(String path, String key, Locale locale) {
        return new FieldError(path, Messages.render(locale, key));
    }
}
