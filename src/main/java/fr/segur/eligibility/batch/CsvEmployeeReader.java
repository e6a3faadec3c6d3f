package fr.segur.eligibility.batch;

import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.Employer;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.api.WorkingTimeInput;
import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.PartTimeScheme;
import fr.segur.eligibility.rules.PayRate;
import fr.segur.eligibility.rules.Sector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Reads one CSV row into an employee: empty cells are missing facts, unreadable cells are field errors. */
public final class CsvEmployeeReader {

    public static final List<String> COLUMNS = List.of("id", "sector", "jobCode", "establishmentType", "fundedBy",
            "attachedToPublicHospital", "mainActivityAccompaniment", "idcc", "signatoryMember", "workingTimeRatio",
            "monthlyHours", "partTimeScheme", "payRate", "employmentStart", "employmentEnd");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private CsvEmployeeReader() {
    }

    /** A row reader that records each unreadable cell under {@code path.column}. */
    private record Cells(Map<String, String> row, String path, Locale locale, List<FieldError> errors) {

        <T> T get(String column, Function<String, T> parse) {
            String value = row.get(column);
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (RuntimeException e) {
                errors.add(new FieldError(path + "." + column, Messages.render(locale, "error.csv.value", value, column)));
                return null;
            }
        }
    }

    /** The employee of one row, each unreadable cell recorded in {@code errors} as {@code path.column}. */
    public static Employee read(Map<String, String> row, String path, Locale locale, List<FieldError> errors) {
        Cells c = new Cells(row, path, locale, errors);
        Integer idcc = c.get("idcc", Integer::valueOf);
        Boolean signatory = c.get("signatoryMember", CsvEmployeeReader::bool);
        BigDecimal ratio = c.get("workingTimeRatio", CsvEmployeeReader::decimal);
        BigDecimal hours = c.get("monthlyHours", CsvEmployeeReader::decimal);
        return new Employee(
                c.get("id", s -> s),
                c.get("sector", Sector::valueOf),
                c.get("jobCode", s -> s),
                c.get("establishmentType", s -> s),
                c.get("fundedBy", CsvEmployeeReader::funders),
                c.get("attachedToPublicHospital", CsvEmployeeReader::bool),
                c.get("mainActivityAccompaniment", CsvEmployeeReader::bool),
                idcc == null && signatory == null ? null : new Employer(idcc, signatory),
                ratio == null && hours == null ? null : new WorkingTimeInput(ratio, hours),
                c.get("partTimeScheme", PartTimeScheme::valueOf),
                c.get("payRate", PayRate::valueOf),
                c.get("employmentStart", CsvEmployeeReader::date),
                c.get("employmentEnd", CsvEmployeeReader::date));
    }

    private static List<Funder> funders(String cell) {
        List<Funder> funders = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                funders.add(Funder.valueOf(part.trim()));
            }
        }
        return funders;
    }

    /** JSON paths of an employee's fields as the CSV columns that hold them. */
    private static final Map<String, String> COLUMN_OF = Map.of("workingTime.ratio", "workingTimeRatio",
            "workingTime.monthlyHours", "monthlyHours", "workingTime", "workingTimeRatio", "employer.idcc", "idcc",
            "employer.signatoryMember", "signatoryMember", "employer", "idcc");

    /**
     * A row's result in the file's terms: its {@code line}, and errors naming the column
     * ({@code employees[2].workingTimeRatio}, not the JSON path {@code employees[2].workingTime.ratio}).
     */
    static BatchResult inFileTerms(BatchResult result, int line) {
        List<FieldError> errors = result.errors() == null ? null : result.errors().stream().map(CsvEmployeeReader::column).toList();
        return new BatchResult(result.index(), line, result.evaluation(), errors);
    }

    private static FieldError column(FieldError error) {
        String field = error.field();
        int dot = field.indexOf("].");
        if (!field.startsWith("employees[") || dot < 0) {
            return error;
        }
        String path = field.substring(dot + 2).replaceFirst("\\[[0-9]+]$", "");
        return new FieldError(field.substring(0, dot + 2) + COLUMN_OF.getOrDefault(path, path), error.message());
    }

    private static Boolean bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "vrai", "1", "yes" -> true;
            case "false", "non", "faux", "0", "no" -> false;
            default -> throw new IllegalArgumentException(cell);
        };
    }

    /** A decimal with a dot, or with a comma as French spreadsheets write it. */
    private static BigDecimal decimal(String cell) {
        String normalised = cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell;
        return new BigDecimal(normalised.replace(" ", "").replace("\u00a0", ""));
    }

    /** An ISO date, or day/month/year as French spreadsheets write it. */
    private static LocalDate date(String cell) {
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(cell, FRENCH_DATE.withResolverStyle(java.time.format.ResolverStyle.STRICT));
        }
    }
}
