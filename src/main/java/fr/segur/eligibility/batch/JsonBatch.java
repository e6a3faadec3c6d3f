package fr.segur.eligibility.batch;

import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.VariantRequest;
import fr.segur.eligibility.variant.Variants;
import fr.segur.eligibility.validation.InvalidRequestException;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.error.JsonFieldErrors;
import fr.segur.eligibility.error.PayloadTooLargeProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Evaluates a whole payroll sent as one JSON document, answering as it goes: the request is read and its envelope
 * checked before the first byte of the answer (so a bad envelope is still a clean 400 or 413), then each employee
 * is evaluated and written in request order, and the summary written last. One bad employee never fails the others.
 */
@ApplicationScoped
public class JsonBatch {

    private static final Logger LOG = Logger.getLogger(JsonBatch.class);

    private final BatchService batch;
    private final EligibilityService service;
    private final EvaluationMetrics metrics;
    private final ObjectMapper mapper;
    private final ObjectReader requestReader;
    private final BatchAnswers answers;

    JsonBatch(BatchService batch, EligibilityService service, EvaluationMetrics metrics, ObjectMapper mapper,
              BatchAnswers answers) {
        this.batch = batch;
        this.service = service;
        this.metrics = metrics;
        this.mapper = mapper;
        this.answers = answers;
        this.requestReader = mapper.readerFor(Request.class).withAttribute(JsonBatchEmployees.MAX, batch.maxEmployees());
    }

    /** {@code POST /api/v1/evaluations/batch} in JSON: the employees are read one by one, see {@link JsonBatchEmployees}. */
    record Request(String month, List<String> ruleSets, VariantRequest variant,
                   @JsonDeserialize(using = JsonBatchEmployees.Reader.class) JsonBatchEmployees employees) {
    }

    /** A request whose envelope is valid, ready to be answered; its variant is still to be resolved. */
    public record Checked(byte[] body, YearMonth month, List<String> ruleSets, VariantRequest variant,
                          JsonBatchEmployees employees) {

        public int size() {
            return employees.count();
        }
    }

    /**
     * Reads the request and checks what the whole batch shares; a malformed document or a bad envelope throws (400),
     * as do more employees than the maximum (413).
     */
    public Checked read(byte[] body, Locale locale) throws IOException {
        return read(body, null, null, locale);
    }

    /** The same, {@code month} and {@code ruleSets} (the query parameters) applying when the body gives none. */
    public Checked read(byte[] body, String month, List<String> ruleSets, Locale locale) throws IOException {
        if (body.length > 0) {
            checkReadable(body, locale);
        }
        Request request = body.length == 0 ? null : requestReader.readValue(body);
        if (request != null && request.employees() != null && !request.employees().offsetsKnown()) {
            // Jackson also reads UTF-16 and UTF-32, where its offsets count characters: re-encode such a body in
            // UTF-8 once, so that every offset is a byte offset into it.
            body = mapper.writeValueAsBytes(mapper.readTree(body));
            request = requestReader.readValue(body);
        }
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.employees() == null || !request.employees().array()) {
            errors.add(new FieldError("employees", Messages.render(locale, "error.employees.array")));
            throw new InvalidRequestException(errors);
        }
        String askedMonth = request.month() != null ? request.month() : month;
        List<String> askedRuleSets = request.ruleSets() != null ? request.ruleSets() : ruleSets;
        service.checkEnvelope("month", askedMonth, askedRuleSets, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        int size = request.employees().count();
        if (size > batch.maxEmployees()) {
            throw new PayloadTooLargeProblem(Messages.render(locale, "problem.batchTooLarge",
                    String.valueOf(size), String.valueOf(batch.maxEmployees())));
        }
        return new Checked(body, service.month(askedMonth), service.ruleSets(askedRuleSets), request.variant(),
                request.employees());
    }

    /**
     * Reads every token of the document once, finishing strings (which the parser reads lazily, and binding skips
     * in unknown properties): a malformed document, or one over a parser limit anywhere, is refused whole with a
     * 400 naming where, before any answer, as reading the whole tree always did; afterwards, re-reading an employee
     * to name its problems cannot fail half-way through the answer.
     */
    private void checkReadable(byte[] body, Locale locale) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(body)) {
            try {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        p.finishToken();
                    }
                    if (p.getParsingContext().inRoot()) {
                        return;
                    }
                }
            } catch (StreamConstraintsException e) {
                // Named here, from where the parser stopped.
                FieldError limit = JsonFieldErrors.limitExceeded("", e, locale).orElseThrow(() -> e);
                throw new InvalidRequestException(List.of(new FieldError(where(p), limit.message())));
            }
        }
    }

    /** The caller's path of the parser's position, e.g. {@code employees[3].jobCode}. */
    private static String where(JsonParser p) {
        List<String> parts = new ArrayList<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "$" : path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * Evaluates every employee and writes the answer ({@code month}, {@code results}, {@code summary}) as it goes.
     * The status line is sent by then: a failure half-way can only cut the answer, so it is logged here (as
     * ProblemMappers logs failures: type and place at ERROR, the message, which may quote the request, at DEBUG).
     */
    public void write(Checked request, OutputStream out, Locale locale, Detail detail) throws IOException {
        write(request, BatchAnswers.JSON, out, locale, detail);
    }

    /** The same, in any of the three answer formats ({@link BatchAnswers}). */
    public void write(Checked request, String format, OutputStream out, Locale locale, Detail detail) throws IOException {
        write(request, format, out, locale, detail, null);
    }

    /** The same under a what-if variant (null: the rules in force). */
    public void write(Checked request, String format, OutputStream out, Locale locale, Detail detail,
                      Variants.Resolved variant) throws IOException {
        try {
            BatchAnswer answer = answers.open(format, out, request.month(), locale, variant == null ? null : variant.view());
            writeAnswer(request, variant == null ? service : variant.service(), answer, locale, detail);
        } catch (RuntimeException e) {
            StackTraceElement[] stack = e.getStackTrace();
            LOG.errorf("JSON batch answer cut after a failure: %s at %s (message and stack trace at DEBUG level)",
                    e.getClass().getName(), stack.length == 0 ? "?" : stack[0]);
            LOG.debugf(e, "JSON batch answer cut");
            throw e;
        }
    }

    private void writeAnswer(Checked request, EligibilityService rules, BatchAnswer answer, Locale locale, Detail detail)
            throws IOException {
        metrics.batch("json", request.size());
        for (int i = 0; i < request.size(); i++) {
            answer.result(evaluate(request, rules, i, locale, detail));
        }
        answer.end();
    }

    private BatchResult evaluate(Checked request, EligibilityService rules, int i, Locale locale, Detail detail)
            throws IOException {
        Employee employee = request.employees().employee(i);
        if (employee != null) {
            BatchResult result = batch.evaluateIfValid(rules, i, employee, request.month(), request.ruleSets(), locale,
                    detail);
            if (result != null) {
                return result;
            }
        }
        return batch.evaluateOne(rules, i, null, "employees[" + i + "]", reread(request, i), request.month(), request.ruleSets(),
                locale, detail);
    }

    /**
     * Employee {@code i} read again as a tree, to name its problems exactly as a tree-read batch always has; null
     * for a value that is not an object, which is answered as such whatever it holds.
     */
    private JsonNode reread(Checked request, int i) throws IOException {
        byte[] body = request.body();
        int offset = (int) request.employees().offset(i);
        if (body[offset] != '{') {
            return null;
        }
        try (JsonParser p = mapper.getFactory().createParser(body, offset, body.length - offset)) {
            return mapper.readTree(p);
        }
    }
}
