package fr.segur.eligibility.batch;

import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.VariantView;
import fr.segur.eligibility.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One answer as a CSV row: id, status, the principal measure, its ruleSet, ruleSetVersion and amount, the month's
 * totalAmount (with any complementary measure), effectiveDate, reason.
 */
public final class CsvAnswer {

    private static final int MAX_REASONS = 3;

    private CsvAnswer() {
    }

    static List<String> row(BatchResult r, Locale locale) {
        EvaluationResponse e = r.evaluation();
        EvaluationResponse.Entitlement en = e.entitlement();
        List<String> row = new ArrayList<>(CsvBatch.OUTPUT_COLUMNS.size());
        row.add(nullToEmpty(e.employeeId()));
        row.add(e.status());
        row.add(en == null ? "" : en.measure());
        row.add(en == null ? "" : en.ruleSet().id());
        row.add(en == null ? "" : en.ruleSet().version());
        row.add(en == null ? "" : en.amount());
        row.add(e.totalAmount() == null ? "" : e.totalAmount());
        row.add(en == null ? "" : en.effectiveDate());
        row.add(reason(r, locale));
        return row;
    }

    /**
     * The {@code variant} cell of a simulation: the named variant, with {@code +parameters} when the request changed
     * some of its parameters, or {@code parameters} alone (they are in the request, not repeated on every row).
     */
    static String variant(VariantView variant) {
        String changed = variant.variantChecksum() == null ? "parameters" : "";
        return variant.name() == null ? changed : changed.isEmpty() ? variant.name() : variant.name() + "+" + changed;
    }

    private static String reason(BatchResult r, Locale locale) {
        EvaluationResponse e = r.evaluation();
        return switch (e.status()) {
            case "ELIGIBLE" -> "";
            case BatchResult.INVALID -> errors(r.errors());
            case "INDETERMINATE" -> Messages.render(locale, "csv.missingFacts", String.join(", ", e.missingFacts()));
            // The rule sets' own reasons, then each measure's not met, named by its measure.
            default -> e.decisions().stream().flatMap(d -> java.util.stream.Stream.concat(d.reasons().stream(),
                            d.measures().stream().filter(m -> !"MET".equals(m.outcome())).flatMap(m -> m.reasons().stream()
                                    .map(reason -> Messages.render(locale, "decision.measureReason", m.measure(), reason)))))
                    .limit(MAX_REASONS).collect(Collectors.joining(" | "));
        };
    }

    /** The errors of an invalid item in one CSV cell: {@code field : message}, joined by {@code " ; "}. */
    public static String errors(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + " : " + error.message()).collect(Collectors.joining(" ; "));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
