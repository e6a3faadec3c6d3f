package fr.segur.eligibility.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.Messages;
import fr.segur.eligibility.error.JsonFieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a payroll of any size as NDJSON: reads one request a line and writes one answer a line as it goes,
 * so memory stays flat; an unreadable line is answered by an INVALID line with its line number.
 */
@ApplicationScoped
public class NdjsonBatch {

    private static final int FLUSH_EVERY = 256;

    private final EligibilityService service;
    private final BatchService batch;
    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    NdjsonBatch(EligibilityService service, BatchService batch, ObjectMapper mapper) {
        this.service = service;
        this.batch = batch;
        this.mapper = mapper;
        // Flushing is this class's policy (every FLUSH_EVERY lines), not Jackson's default of once per value.
        this.writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** {@code month} and {@code ruleSets} (already checked) apply to lines that do not give their own. */
    public void stream(InputStream in, OutputStream out, String month, List<String> ruleSets, Locale locale) throws IOException {
        stream(in, out, month, ruleSets, locale, Detail.FULL);
    }

    /** The same, each answer at the given level of detail. */
    public void stream(InputStream in, OutputStream out, String month, List<String> ruleSets, Locale locale, Detail detail)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String text;
        int lineNo = 0;
        int index = 0;
        // The default month (the current month when none is given) is read from the clock once per stream.
        YearMonth fallbackMonth = service.month(month);
        // One generator for the whole stream: answers are encoded straight into its buffer, not into a byte array
        // per line; no separator between root values but the newline.
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null);
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                writer.writeValue(json, answer(index++, lineNo, text, month, fallbackMonth, ruleSets, locale, detail));
                json.writeRaw('\n');
                if (index % FLUSH_EVERY == 0) {
                    json.flush();
                }
            }
            json.flush();
        }
    }

    private Object answer(int index, int lineNo, String text, String defaultMonth, YearMonth fallbackMonth,
                          List<String> defaultRuleSets, Locale locale, Detail detail) {
        JsonNode line;
        try {
            line = mapper.readTree(text);
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
                ruleSets = new ArrayList<>();
                for (JsonNode r : line.get("ruleSets")) {
                    ruleSets.add(r.asText());
                }
            }
        }
        service.checkEnvelope("month", month, ruleSets, locale, errors);
        if (!line.path("employee").isObject()) {
            errors.add(new FieldError("employee", Messages.render(locale, "segur.employee.required")));
        }
        if (!errors.isEmpty()) {
            return batch.invalid(index, lineNo, fallbackMonth, null, errors);
        }
        YearMonth evaluated = month == null ? fallbackMonth : YearMonth.parse(month);
        BatchResult result = batch.evaluateOne(index, lineNo, "employee", line.get("employee"),
                evaluated, service.ruleSets(ruleSets), locale, detail);
        return BatchResult.INVALID.equals(result.status()) ? result : result.evaluation();
    }
}
