package fr.segur.eligibility.batch;

import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.segur.eligibility.api.BatchResponse;
import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.validation.InvalidRequestException;
import fr.segur.eligibility.validation.Months;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.config.JsonReadLimits;
import fr.segur.eligibility.error.JsonFieldErrors;
import fr.segur.eligibility.error.PayloadTooLargeProblem;
import fr.segur.eligibility.variant.Variants;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates a payroll sent as CSV (HR export or spreadsheet, comma or French semicolon convention, with or
 * without BOM) and answers in CSV or JSON.
 */
@ApplicationScoped
public class CsvBatch {

    /** The columns of the answer in CSV. */
    static final List<String> OUTPUT_COLUMNS = List.of("id", "status", "measure", "ruleSet", "ruleSetVersion", "amount",
            "totalAmount", "effectiveDate", "reason");

    private final CsvMapper csvMapper;
    private final BatchService batch;
    private final EligibilityService service;
    private final EvaluationMetrics metrics;
    private final BatchAnswers answers;

    /** One data row and its line in the file (the header is line 1). */
    private record Row(int line, Map<String, String> cells) {
    }

    CsvBatch(BatchService batch, EligibilityService service, EvaluationMetrics metrics, JsonReadLimits limits,
             BatchAnswers answers) {
        this.answers = answers;
        this.csvMapper = new CsvMapper();
        this.csvMapper.getFactory().setStreamReadConstraints(limits.constraints());
        this.metrics = metrics;
        this.batch = batch;
        this.service = service;
    }

    /** Reads and evaluates every row; month and rule sets come from the query string. */
    public BatchResponse evaluate(byte[] body, String month, String ruleSetsParam, Locale locale) {
        return evaluate(body, month, ruleSetsParam, locale, Detail.FULL);
    }

    /** The same, each answer at the given level of detail. */
    public BatchResponse evaluate(byte[] body, String month, String ruleSetsParam, Locale locale, Detail detail) {
        return evaluate(body, month, ruleSetsParam, locale, detail, null);
    }

    /**
     * The same under a what-if variant (null: the rules in force); the results are marked when written, see
     * {@link #write(BatchResponse, String, OutputStream, Locale, Variants.Resolved)}.
     */
    public BatchResponse evaluate(byte[] body, String month, String ruleSetsParam, Locale locale, Detail detail,
                                  Variants.Resolved variant) {
        EligibilityService rules = variant == null ? service : variant.service();
        List<String> ruleSets = ruleSetsParam == null || ruleSetsParam.isBlank() ? null
                : List.of(ruleSetsParam.split("\\s*,\\s*"));
        List<FieldError> errors = new ArrayList<>();
        service.checkEnvelope("month", month, ruleSets, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<Row> rows = rows(body, locale);
        if (rows.size() > batch.maxEmployees()) {
            throw new PayloadTooLargeProblem(Messages.render(locale, "problem.batchTooLarge",
                    String.valueOf(rows.size()), String.valueOf(batch.maxEmployees())));
        }
        metrics.batch("csv", rows.size());
        YearMonth ym = service.month(month);
        List<String> sets = service.ruleSets(ruleSets);
        List<BatchResult> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<FieldError> readErrors = new ArrayList<>();
            Employee employee = CsvEmployeeReader.read(rows.get(i).cells(), "employees[" + i + "]", locale, readErrors);
            BatchResult result = batch.evaluateRead(rules, i, employee, readErrors, ym, sets, locale, detail);
            results.add(CsvEmployeeReader.inFileTerms(result, rows.get(i).line()));
        }
        return new BatchResponse(ym.toString(), results, BatchResponse.Summary.of(results));
    }

    /** Writes the answers as CSV: one row an employee, in request order. */
    public void write(BatchResponse response, OutputStream out, Locale locale) throws IOException {
        write(response, BatchAnswers.CSV, out, locale);
    }

    /** Writes the answers in any of the three formats ({@link BatchAnswers}), in request order. */
    public void write(BatchResponse response, String format, OutputStream out, Locale locale) throws IOException {
        write(response, format, out, locale, null);
    }

    /** The same, each result marked with {@code variant} when the answers were computed under one. */
    public void write(BatchResponse response, String format, OutputStream out, Locale locale, Variants.Resolved variant)
            throws IOException {
        BatchAnswer answer = answers.open(format, out, Months.parse(response.month()), locale,
                variant == null ? null : variant.view());
        for (BatchResult r : response.results()) {
            answer.result(r);
        }
        answer.end();
    }

    private List<Row> rows(byte[] body, Locale locale) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = csvMapper.readerForMapOf(String.class).with(schema).readValues(text)) {
            List<String> unknown = new ArrayList<>();
            for (String column : header.split(String.valueOf(separator))) {
                String name = column.trim().replace("\"", "");
                if (!name.isEmpty() && !CsvEmployeeReader.COLUMNS.contains(name)) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty() || header.isBlank()) {
                throw new InvalidRequestException(List.of(new FieldError("$header", Messages.render(locale, "error.csv.header",
                        String.join(", ", unknown), String.join(", ", CsvEmployeeReader.COLUMNS)))));
            }
            while (it.hasNextValue()) {
                int line = it.getParser().currentTokenLocation().getLineNr();
                Map<String, String> row = new LinkedHashMap<>(it.nextValue());
                row.replaceAll((k, v) -> v == null ? null : v.trim());
                if (row.values().stream().anyMatch(v -> v != null && !v.isEmpty())) {
                    rows.add(new Row(line, row));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException invalid) {
                throw invalid;
            }
            JsonFieldErrors.limitExceeded("", e, locale).ifPresent(limit -> {
                throw new InvalidRequestException(List.of(limit));
            });
            throw new InvalidRequestException(List.of(new FieldError("$", Messages.render(locale, "error.csv.header", "", String.join(", ", CsvEmployeeReader.COLUMNS)))));
        }
        return rows;
    }
}
