package fr.segur.eligibility.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.ScheduleResponse;
import fr.segur.eligibility.api.VariantView;
import fr.segur.eligibility.batch.CsvAnswer;
import fr.segur.eligibility.variant.Simulations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes workforce schedules as they are run: one {@code /evaluations/schedule} answer a line (NDJSON) or an item of
 * {@code schedules} (JSON), or the long CSV a payroll imports ({@code id, month, ruleSet, measure, due, paid,
 * balance, errors}: one row per month with something due or paid, its {@code errors} empty; one {@code INVALID} row
 * per invalid employee, its amounts empty and its {@code errors} saying what is wrong, field by field).
 */
final class ScheduleWriters {

    static final List<String> CSV_COLUMNS = List.of("id", "month", "ruleSet", "measure", "due", "paid", "balance",
            "errors");
    private static final int FLUSH_EVERY = 256;

    /** The answer for an employee whose schedule could not be made. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Invalid(int index, Integer line, String employeeId, String status, List<FieldError> errors) {
    }

    /** A writer for one answer. */
    interface Writer extends AutoCloseable {
        void write(EmployeeResult result) throws IOException;

        @Override
        void close() throws IOException;
    }

    private ScheduleWriters() {
    }

    static Writer json(ObjectMapper mapper, OutputStream out, WorkforceRun run, boolean ndjson) throws IOException {
        ObjectWriter writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        JsonGenerator json = mapper.getFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (ndjson) {
            json.setRootValueSeparator(null);
        } else {
            json.writeStartObject();
            json.writeStringField("from", run.from().toString());
            json.writeStringField("to", run.to().toString());
            if (run.variant() != null) {
                json.writeBooleanField("simulation", true);
            }
            json.writeArrayFieldStart("schedules");
        }
        VariantView mark = run.variant() == null ? null : run.variant().view();
        return new Writer() {
            int count;

            @Override
            public void write(EmployeeResult r) throws IOException {
                writer.writeValue(json, answer(r, run, mark));
                if (ndjson) {
                    json.writeRaw('\n');
                }
                if (++count % FLUSH_EVERY == 0) {
                    json.flush();
                }
            }

            @Override
            public void close() throws IOException {
                if (!ndjson) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.close();
            }
        };
    }

    static Writer csv(OutputStream out, CsvConvention convention, WorkforceRun run) throws IOException {
        java.io.Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write(convention.row(CSV_COLUMNS));
        return new Writer() {
            @Override
            public void write(EmployeeResult r) throws IOException {
                if (r.invalid()) {
                    String id = r.input().employee() == null ? null : r.input().employee().id();
                    text.write(convention.row(Arrays.asList(id, null, null, "INVALID", null, null, null,
                            CsvAnswer.errors(r.errors()))));
                    return;
                }
                ScheduleResponse s = schedule(r, run);
                for (ScheduleResponse.Month m : s.months()) {
                    if (EntitlementLines.cents(m.due()) == 0 && EntitlementLines.cents(m.paid()) == 0) {
                        continue;
                    }
                    text.write(convention.row(Arrays.asList(s.employeeId(), m.month(), m.ruleSet(), m.measure(),
                            convention.amount(m.due()), convention.amount(m.paid()), convention.amount(m.balance()), null)));
                }
            }

            @Override
            public void close() throws IOException {
                text.flush();
            }
        };
    }

    /** The schedule an answer shows: the variant's on a what-if (a simulation), else the rules in force. */
    static ScheduleResponse schedule(EmployeeResult r, WorkforceRun run) {
        return run.variant() != null ? r.variantSchedule() : r.schedule();
    }

    /** The item written for an employee; under a variant each schedule says it is a simulation on its own. */
    private static Object answer(EmployeeResult r, WorkforceRun run, VariantView mark) {
        if (r.invalid()) {
            String id = r.input().employee() == null ? null : r.input().employee().id();
            return new Invalid(r.input().index(), r.input().line(), id, "INVALID", r.errors());
        }
        return mark == null ? schedule(r, run) : Simulations.mark(schedule(r, run), mark);
    }
}
