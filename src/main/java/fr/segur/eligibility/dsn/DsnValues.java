package fr.segur.eligibility.dsn;

import java.util.regex.Pattern;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads typed values (dates JJMMAAAA, decimals with a dot) out of rubriques; a value that cannot be read becomes an
 * error naming its line and rubrique, never the value itself (it may be anything, even personal data).
 */
final class DsnValues {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");

    private final List<FieldError> errors;
    private final Locale locale;

    DsnValues(List<FieldError> errors, Locale locale) {
        this.errors = errors;
        this.locale = locale;
    }

    /** The field of an error: {@code dsn:<line>:<rubrique>}. */
    static String field(int line, String code) {
        return code == null ? "dsn:" + line : "dsn:" + line + ":" + code;
    }

    void error(int line, String code, String key, Object... args) {
        errors.add(new FieldError(field(line, code), Messages.render(locale, key, args)));
    }

    LocalDate date(Map<String, Rubrique> block, String code) {
        Rubrique r = block.get(code);
        if (r == null) {
            return null;
        }
        String v = r.value();
        if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
            try {
                return LocalDate.of(Integer.parseInt(v, 4, 8, 10), Integer.parseInt(v, 2, 4, 10), Integer.parseInt(v, 0, 2, 10));
            } catch (DateTimeException e) {
                // falls through to the error below: 31022025 has the right shape but is no date
            }
        }
        error(r.line(), code, "dsn.error.date");
        return null;
    }

    BigDecimal decimal(Map<String, Rubrique> block, String code) {
        Rubrique r = block.get(code);
        if (r == null) {
            return null;
        }
        String v = r.value();
        if (DECIMAL.matcher(v).matches()) {
            return new BigDecimal(v);
        }
        error(r.line(), code, "dsn.error.number");
        return null;
    }
}
