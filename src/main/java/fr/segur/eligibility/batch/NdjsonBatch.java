package fr.segur.eligibility.batch;

import fr.segur.eligibility.evaluation.EligibilityService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.config.EligibilityConfig;
import fr.segur.eligibility.error.JsonFieldErrors;
import fr.segur.eligibility.variant.Variants;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a payroll of any size as NDJSON: reads one request a line and writes one answer a line as it goes,
 * so memory stays flat; an unreadable line, or one longer than {@code eligibility.ndjson.max-line-length}, is
 * answered by an INVALID line with its line number.
 */
@ApplicationScoped
public class NdjsonBatch {

    private final EligibilityService service;
    private final BatchService batch;
    private final ObjectMapper mapper;
    private final ObjectReader lineReader;
    private final BatchAnswers answers;
    private final int maxLineLength;

    NdjsonBatch(EligibilityService service, BatchService batch, ObjectMapper mapper, EligibilityConfig config,
                BatchAnswers answers) {
        this.service = service;
        this.batch = batch;
        this.mapper = mapper;
        this.answers = answers;
        this.lineReader = mapper.readerFor(Line.class);
        this.maxLineLength = (int) Math.min(Integer.MAX_VALUE - 16, config.ndjson().maxLineLength().asLongValue());
    }

    /** One line as sent, bound in one pass; the envelope stays as JSON to be judged as the line's tree would be. */
    private record Line(JsonNode month, JsonNode ruleSets, Employee employee) {
    }

    /** {@code month} and {@code ruleSets} (already checked) apply to lines that do not give their own. */
    public void stream(InputStream in, OutputStream out, String month, List<String> ruleSets, Locale locale) throws IOException {
        stream(in, out, month, ruleSets, locale, Detail.FULL);
    }

    /** The same, each answer at the given level of detail. */
    public void stream(InputStream in, OutputStream out, String month, List<String> ruleSets, Locale locale, Detail detail)
            throws IOException {
        stream(in, BatchAnswers.NDJSON, out, month, ruleSets, locale, detail);
    }

    /**
     * The same in any answer format ({@link BatchAnswers}), still one line at a time: a JSON answer's results carry
     * their {@code line}, and its summary comes after the last line.
     */
    public void stream(InputStream in, String format, OutputStream out, String month, List<String> ruleSets, Locale locale,
                       Detail detail) throws IOException {
        stream(in, format, out, month, ruleSets, locale, detail, null);
    }

    /** The same under a what-if variant (null: the rules in force). */
    public void stream(InputStream in, String format, OutputStream out, String month, List<String> ruleSets, Locale locale,
                       Detail detail, Variants.Resolved variant) throws IOException {
        NdjsonLines lines = new NdjsonLines(in, maxLineLength);
        Run run = new Run(month, ruleSets, locale, detail, variant == null ? service : variant.service());
        BatchAnswer answer = answers.open(format, out, run.fallbackMonth, locale, variant == null ? null : variant.view());
        int index = 0;
        while (lines.next()) {
            BatchResult result;
            if (lines.tooLong()) {
                result = batch.invalid(index, lines.number(), run.fallbackMonth, null, List.of(new FieldError("$",
                        Messages.render(locale, "error.limit.line", String.valueOf(maxLineLength)))));
            } else if (lines.blank()) {
                continue;
            } else {
                result = run.answer(index, lines.number(), lines.bytes(), lines.start(), lines.length());
            }
            index++;
            answer.result(result);
        }
        answer.end();
    }

    /** One stream's settings, and the last month and rule sets found valid, so that they are not checked again a line. */
    private final class Run {

        private final String defaultMonth;
        private final List<String> defaultRuleSets;
        private final Locale locale;
        private final Detail detail;
        /** The rules each employee is evaluated under: those in force, or a variant's. */
        private final EligibilityService rules;
        /** The default month (the current month when none is given), read from the clock once per stream. */
        private final YearMonth fallbackMonth;

        Run(String defaultMonth, List<String> defaultRuleSets, Locale locale, Detail detail, EligibilityService rules) {
            this.rules = rules;
            this.defaultMonth = defaultMonth;
            this.defaultRuleSets = defaultRuleSets;
            this.locale = locale;
            this.detail = detail;
            this.fallbackMonth = service.month(defaultMonth);
        }

        /**
         * Binds the line straight to an employee (one pass over the bytes) and evaluates it; any problem sends the
         * line to {@link #answerFromTree}, which reads it as a tree and names every problem as it always has.
         */
        BatchResult answer(int index, int lineNo, byte[] bytes, int start, int length) {
            Line line;
            try {
                line = lineReader.readValue(bytes, start, length);
            } catch (IOException e) {
                return answerFromTree(index, lineNo, bytes, start, length);
            }
            if (line == null || line.employee() == null || (line.ruleSets() != null && !line.ruleSets().isArray())) {
                return answerFromTree(index, lineNo, bytes, start, length);
            }
            String month = line.month() != null && line.month().isTextual() ? line.month().asText() : defaultMonth;
            List<String> ruleSets = line.ruleSets() == null ? defaultRuleSets : texts(line.ruleSets());
            if (!validEnvelope(month, ruleSets)) {
                return answerFromTree(index, lineNo, bytes, start, length);
            }
            YearMonth evaluated = month == null ? fallbackMonth : service.month(month);
            BatchResult result = batch.evaluateIfValid(rules, index, line.employee(), evaluated, service.ruleSets(ruleSets), locale, detail);
            return result == null ? answerFromTree(index, lineNo, bytes, start, length) : withLine(result, lineNo);
        }

        private boolean validEnvelope(String month, List<String> ruleSets) {
            List<FieldError> errors = new ArrayList<>();
            service.checkEnvelope("month", month, ruleSets, locale, errors);
            return errors.isEmpty();
        }

        BatchResult answerFromTree(int index, int lineNo, byte[] bytes, int start, int length) {
            JsonNode line;
            try {
                line = mapper.readTree(bytes, start, length);
            } catch (IOException e) {
                return batch.invalid(index, lineNo, fallbackMonth, null, List.of(JsonFieldErrors.limitExceeded("", e, locale)
                        .orElseGet(() -> new FieldError("$", Messages.render(locale, "error.malformedJson", "")))));
            }
            if (line == null || !line.isObject()) {
                return batch.invalid(index, lineNo, fallbackMonth, null,
                        List.of(new FieldError("$", Messages.render(locale, "error.line.empty"))));
            }
            List<FieldError> errors = new ArrayList<>();
            String month = line.path("month").isTextual() ? line.get("month").asText() : defaultMonth;
            List<String> ruleSets = defaultRuleSets;
            if (line.has("ruleSets")) {
                if (!line.get("ruleSets").isArray()) {
                    errors.add(new FieldError("ruleSets", Messages.render(locale, "error.wrongType", "array")));
                } else {
                    ruleSets = texts(line.get("ruleSets"));
                }
            }
            service.checkEnvelope("month", month, ruleSets, locale, errors);
            if (!line.path("employee").isObject()) {
                errors.add(new FieldError("employee", Messages.render(locale, "segur.employee.required")));
            }
            if (!errors.isEmpty()) {
                return batch.invalid(index, lineNo, fallbackMonth, null, errors);
            }
            YearMonth evaluated = month == null ? fallbackMonth : service.month(month);
            BatchResult result = batch.evaluateOne(rules, index, lineNo, "employee", line.get("employee"),
                    evaluated, service.ruleSets(ruleSets), locale, detail);
            return BatchResult.INVALID.equals(result.status()) ? result : withLine(result, lineNo);
        }

        /** A valid result with its input line, which a JSON answer shows (an NDJSON answer writes the evaluation only). */
        private BatchResult withLine(BatchResult result, int lineNo) {
            return new BatchResult(result.index(), lineNo, result.evaluation(), null);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>(array.size());
        for (JsonNode r : array) {
            texts.add(r.asText());
        }
        return texts;
    }
}
