package fr.segur.eligibility.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.segur.eligibility.api.BatchResponse;
import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.VariantView;
import fr.segur.eligibility.variant.Simulations;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The three answer formats of a batch, whatever the request format: a JSON {@code BatchResponse} (results, then the
 * summary), NDJSON (one answer a line) or CSV (one row an employee). Each is written as results come; under a
 * what-if variant every result carries the variant's mark (a last {@code variant} column in CSV).
 */
@ApplicationScoped
public class BatchAnswers {

    public static final String JSON = "application/json";
    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";
    private static final int FLUSH_EVERY = 256;

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final CsvMapper csvMapper = new CsvMapper();

    BatchAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
        // Flushing is each format's policy, not Jackson's default of once per value.
        this.writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** An answer in {@code format} (one of the three media types); {@code month} is the batch's default month. */
    public BatchAnswer open(String format, OutputStream out, YearMonth month, Locale locale) throws IOException {
        return switch (format) {
            case NDJSON -> ndjson(out);
            case CSV -> csv(out, locale, null);
            default -> json(out, month);
        };
    }

    /** The same under {@code variant} (null: the rules in force, the answer above unchanged). */
    public BatchAnswer open(String format, OutputStream out, YearMonth month, Locale locale, VariantView variant)
            throws IOException {
        if (variant == null) {
            return open(format, out, month, locale);
        }
        BatchAnswer answer = format.equals(CSV) ? csv(out, locale, variant) : open(format, out, month, locale);
        return new BatchAnswer() {
            @Override
            public void result(BatchResult result) throws IOException {
                answer.result(Simulations.mark(result, variant));
            }

            @Override
            public void end() throws IOException {
                answer.end();
            }
        };
    }

    private JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Should an evaluation fail half-way, the answer must stay visibly cut, not be closed into valid JSON.
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        return json;
    }

    private BatchAnswer json(OutputStream out, YearMonth month) throws IOException {
        JsonGenerator json = generator(out);
        json.writeStartObject();
        json.writeStringField("month", month.toString());
        json.writeArrayFieldStart("results");
        BatchResponse.Counter counts = new BatchResponse.Counter();
        return new BatchAnswer() {
            @Override
            public void result(BatchResult result) throws IOException {
                counts.add(result.status());
                writer.writeValue(json, result);
            }

            @Override
            public void end() throws IOException {
                json.writeEndArray();
                json.writeFieldName("summary");
                writer.writeValue(json, counts.summary());
                json.writeEndObject();
                json.close();
            }
        };
    }

    /** A valid line is the single-evaluation answer; an invalid one says its line (or index) and errors. */
    private BatchAnswer ndjson(OutputStream out) throws IOException {
        JsonGenerator json = generator(out);
        // No separator between root values but the newline.
        json.setRootValueSeparator(null);
        return new BatchAnswer() {
            private int written;

            @Override
            public void result(BatchResult result) throws IOException {
                writer.writeValue(json, BatchResult.INVALID.equals(result.status()) ? result : result.evaluation());
                json.writeRaw('\n');
                if (++written % FLUSH_EVERY == 0) {
                    json.flush();
                }
            }

            @Override
            public void end() throws IOException {
                json.close();
            }
        };
    }

    /** One row an employee; under a variant, a last column {@code variant} naming it on every row. */
    private BatchAnswer csv(OutputStream out, Locale locale, VariantView variant) throws IOException {
        List<String> columns = CsvBatch.OUTPUT_COLUMNS;
        if (variant != null) {
            columns = new ArrayList<>(columns);
            columns.add("variant");
        }
        CsvSchema schema = CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).build().withHeader();
        OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        SequenceWriter rows = csvMapper.writer(schema).writeValues(text);
        String mark = variant == null ? null : CsvAnswer.variant(variant);
        return new BatchAnswer() {
            @Override
            public void result(BatchResult result) throws IOException {
                List<String> row = CsvAnswer.row(result, locale);
                if (mark != null) {
                    row.add(mark);
                }
                rows.write(row);
            }

            @Override
            public void end() throws IOException {
                rows.flush();
                text.flush();
            }
        };
    }
}
