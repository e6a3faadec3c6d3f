package fr.segur.eligibility.workforce;

import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import java.util.List;
import java.util.Locale;

/**
 * The two CSV conventions payroll software imports ({@code ?csvConvention=}): {@code comma} (comma separator,
 * decimal point, the default) and {@code semicolon} (semicolon separator, decimal comma, as French spreadsheets
 * write it).
 */
public enum CsvConvention {
    COMMA(','), SEMICOLON(';');

    private final char separator;

    CsvConvention(char separator) {
        this.separator = separator;
    }

    /** The convention named by the query parameter; an unknown one is a 400 naming {@code csvConvention}. */
    public static CsvConvention parse(String value, Locale locale) {
        if (value == null || value.isEmpty() || value.equals("comma")) {
            return COMMA;
        }
        if (value.equals("semicolon")) {
            return SEMICOLON;
        }
        throw new InvalidRequestException(List.of(new FieldError("csvConvention",
                Messages.render(locale, "error.workforce.csvConvention", value))));
    }

    /** One row: each cell quoted when it holds the separator, a quote or a line end; amounts with this decimal mark. */
    String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }

    /** An amount written with two decimals, with this convention's decimal mark. */
    String amount(String amount) {
        return this == SEMICOLON && amount != null ? amount.replace('.', ',') : amount;
    }
}
