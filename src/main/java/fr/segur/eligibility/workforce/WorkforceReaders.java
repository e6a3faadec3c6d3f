package fr.segur.eligibility.workforce;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.batch.CsvEmployeeReader;
import fr.segur.eligibility.batch.NdjsonLines;
import fr.segur.eligibility.config.EligibilityConfig;
import fr.segur.eligibility.config.JsonReadLimits;
import fr.segur.eligibility.error.JsonFieldErrors;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the employees of a workforce one at a time, whatever the format: a JSON document (envelope first, wherever
 * it sits, then the employees streamed from the bytes), NDJSON lines, or CSV rows through the batch's row reader.
 * The reading thread only cuts the input into employees (the bytes of a JSON element or line, the cells of a row);
 * binding them is left to the workers that run them ({@link Unbound}), so that it is not done by one thread alone.
 * Nothing is kept between employees, so memory does not grow with the workforce.
 */
@ApplicationScoped
public class WorkforceReaders {

    static final String PAID_TOTAL = "paidTotal";
    private static final TypeReference<Map<String, BigDecimal>> PAID = new TypeReference<>() { };

    private final ObjectMapper mapper;
    private final CsvMapper csv;
    private final int maxLineLength;

    WorkforceReaders(ObjectMapper mapper, JsonReadLimits limits, EligibilityConfig config) {
        this.mapper = mapper;
        this.csv = new CsvMapper();
        this.csv.getFactory().setStreamReadConstraints(limits.constraints());
        this.maxLineLength = (int) Math.min(Integer.MAX_VALUE - 16, config.ndjson().maxLineLength().asLongValue());
    }

    /** Employees to be read one at a time, once their source has been opened and checked. */
    @FunctionalInterface
    public interface Source {
        void forEach(Consumer<Unbound> each) throws IOException;
    }

    /** One employee cut from its input, not yet bound (any thread may bind it, once). */
    @FunctionalInterface
    public interface Unbound {
        WorkforceEmployee bind();
    }

    /** A JSON document whose envelope is read; its employees are read by {@link #employees}. */
    public record JsonDocument(WorkforceEnvelope envelope, byte[] body, long employeesOffset) {
    }

    /** Reads everything but the employees, remembering where they start; a malformed envelope is a 400. */
    public JsonDocument document(byte[] body, Locale locale) throws IOException {
        ObjectNode envelope = mapper.createObjectNode();
        long offset = -1;
        try (JsonParser p = mapper.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("$", Messages.render(locale, "error.wrongType", "object"));
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("employees")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw invalid("employees", Messages.render(locale, "error.employees.array"));
                    }
                    offset = p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                } else {
                    envelope.set(name, p.readValueAsTree());
                }
            }
        }
        if (offset < 0) {
            throw invalid("employees", Messages.render(locale, "error.employees.array"));
        }
        try {
            return new JsonDocument(mapper.treeToValue(envelope, WorkforceEnvelope.class), body, offset);
        } catch (JsonMappingException e) {
            throw invalid(JsonFieldErrors.path("", e), JsonFieldErrors.message(e, locale));
        }
    }

    /** The employees of the document, in order. */
    public Source employees(JsonDocument document, Locale locale) {
        return each -> employees(document, locale, each);
    }

    /**
     * Cuts the array into the bytes of each object (skipped over, not parsed into a tree: the worker parses it); a
     * value that is not an object or an array is read here, to be refused as such.
     */
    private void employees(JsonDocument document, Locale locale, Consumer<Unbound> each) throws IOException {
        byte[] body = document.body();
        int offset = (int) document.employeesOffset();
        try (JsonParser p = mapper.getFactory().createParser(body, offset, body.length - offset)) {
            p.nextToken();
            // Locations count from the parser's own start, whatever the offset it was given.
            long shift = offset - p.currentTokenLocation().getByteOffset();
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                String path = "employees[" + index + "]";
                int at = index;
                if (t.isStructStart()) {
                    int start = (int) (p.currentTokenLocation().getByteOffset() + shift);
                    p.skipChildren();
                    int end = (int) (p.currentTokenLocation().getByteOffset() + shift) + 1;
                    each.accept(() -> fromBytes(body, start, end - start, at, null, path, locale));
                } else {
                    JsonNode node = mapper.readTree(p);
                    each.accept(() -> fromTree(node, at, null, path, locale));
                }
                index++;
            }
        }
    }

    /** The employee of each non-blank NDJSON line; an unreadable line is an employee in error. */
    public Source ndjson(InputStream in, Locale locale) {
        return each -> ndjson(in, locale, each);
    }

    private void ndjson(InputStream in, Locale locale, Consumer<Unbound> each) throws IOException {
        NdjsonLines lines = new NdjsonLines(in, maxLineLength);
        int index = 0;
        while (lines.next()) {
            if (!lines.tooLong() && lines.blank()) {
                continue;
            }
            String path = "employees[" + index + "]";
            int at = index;
            int number = lines.number();
            if (lines.tooLong()) {
                WorkforceEmployee unreadable = WorkforceEmployee.unreadable(at, number, path, List.of(new FieldError("$",
                        Messages.render(locale, "error.limit.line", String.valueOf(maxLineLength)))));
                each.accept(() -> unreadable);
            } else {
                // The line's buffer is reused for the next line: the worker gets a copy.
                byte[] line = Arrays.copyOfRange(lines.bytes(), lines.start(), lines.start() + lines.length());
                each.accept(() -> fromBytes(line, 0, line.length, at, number, path, locale));
            }
            index++;
        }
    }

    /**
     * The employee of each CSV row: the batch's columns (read by the batch's row reader) plus {@code paidTotal}; the
     * separator is the header's ({@code ;} or {@code ,}), decimals with a dot or a comma. The header is checked
     * here, before any answer (400 naming {@code $header}).
     */
    public Source csv(InputStream in, Locale locale) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(1 << 16);
        byte[] head = buffered.readNBytes(1 << 15);
        buffered.reset();
        String header = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("").replace("\uFEFF", "");
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        List<String> unknown = new ArrayList<>();
        for (String column : header.split(String.valueOf(separator))) {
            String name = column.trim().replace("\"", "");
            if (!name.isEmpty() && !name.equals(PAID_TOTAL) && !CsvEmployeeReader.COLUMNS.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty() || header.isBlank()) {
            throw invalid("$header", Messages.render(locale, "error.csv.header", String.join(", ", unknown),
                    String.join(", ", CsvEmployeeReader.COLUMNS) + ", " + PAID_TOTAL));
        }
        return each -> rows(buffered, head.length >= 3 && (head[0] & 0xff) == 0xEF, separator, locale, each);
    }

    private void rows(InputStream in, boolean bom, char separator, Locale locale, Consumer<Unbound> each)
            throws IOException {
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        if (bom) {
            reader.read();
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (var rows = csv.readerForMapOf(String.class).with(schema).<Map<String, String>>readValues(reader)) {
            int index = 0;
            while (rows.hasNextValue()) {
                Map<String, String> row = new LinkedHashMap<>(rows.nextValue());
                row.replaceAll((k, v) -> v == null ? null : v.trim());
                if (row.values().stream().allMatch(v -> v == null || v.isEmpty())) {
                    continue;
                }
                String path = "employees[" + index + "]";
                int at = index;
                each.accept(() -> {
                    List<FieldError> errors = new ArrayList<>();
                    BigDecimal paidTotal = paidTotal(row.remove(PAID_TOTAL), path, locale, errors);
                    Employee employee = CsvEmployeeReader.read(row, path, locale, errors);
                    return new WorkforceEmployee(at, null, path, employee, null, paidTotal, errors);
                });
                index++;
            }
        } catch (RuntimeException e) {
            if (e instanceof InvalidRequestException) {
                throw e;
            }
            throw invalid("$", Messages.render(locale, "error.csv.header", "", String.join(", ", CsvEmployeeReader.COLUMNS)));
        }
    }

    private static BigDecimal paidTotal(String cell, String path, Locale locale, List<FieldError> errors) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        try {
            String normalised = cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell;
            return new BigDecimal(normalised.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(path + "." + PAID_TOTAL, Messages.render(locale, "error.csv.value", cell, PAID_TOTAL)));
            return null;
        }
    }

    /** One employee from the bytes of its JSON value; bytes that are not JSON make an unreadable employee. */
    private WorkforceEmployee fromBytes(byte[] bytes, int start, int length, int index, Integer line, String path,
                                        Locale locale) {
        JsonNode node;
        try {
            node = mapper.readTree(bytes, start, length);
        } catch (IOException e) {
            return WorkforceEmployee.unreadable(index, line, path,
                    List.of(new FieldError(line == null ? path : "$", Messages.render(locale, "error.unreadableValue"))));
        }
        return fromTree(node, index, line, path, locale);
    }

    /** One employee from its JSON object: {@code paid} taken apart, the rest bound as the batch binds it. */
    private WorkforceEmployee fromTree(JsonNode node, int index, Integer line, String path, Locale locale) {
        if (node == null || !node.isObject()) {
            return WorkforceEmployee.unreadable(index, line, path,
                    List.of(new FieldError(path, Messages.render(locale, "error.wrongType", "object"))));
        }
        List<FieldError> errors = new ArrayList<>();
        JsonNode paidNode = ((ObjectNode) node).remove("paid");
        Map<String, BigDecimal> paid = null;
        if (paidNode != null && !paidNode.isNull()) {
            try {
                paid = mapper.treeToValue(paidNode, PAID);
            } catch (JsonMappingException e) {
                errors.add(new FieldError(JsonFieldErrors.path(path + ".paid", e), JsonFieldErrors.message(e, locale)));
            } catch (IOException e) {
                errors.add(new FieldError(path + ".paid", Messages.render(locale, "error.unreadableValue")));
            }
        }
        Employee employee = null;
        try {
            employee = mapper.treeToValue(node, Employee.class);
        } catch (JsonMappingException e) {
            errors.add(new FieldError(JsonFieldErrors.path(path, e), JsonFieldErrors.message(e, locale)));
        } catch (IOException e) {
            errors.add(new FieldError(path, Messages.render(locale, "error.unreadableValue")));
        }
        return new WorkforceEmployee(index, line, path, employee, paid, null, errors);
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }
}
