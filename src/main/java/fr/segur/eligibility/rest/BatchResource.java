package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.BatchResponse;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.validation.InvalidRequestException;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.batch.CsvBatch;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.batch.JsonBatch;
import fr.segur.eligibility.batch.NdjsonBatch;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code POST /api/v1/evaluations/batch}: a whole payroll as JSON, NDJSON (streamed, any size) or CSV. */
@Path("/api/v1/evaluations/batch")
public class BatchResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    private final JsonBatch json;
    private final NdjsonBatch ndjson;
    private final CsvBatch csv;
    private final EligibilityService service;
    private final EvaluationMetrics metrics;

    BatchResource(JsonBatch json, NdjsonBatch ndjson, CsvBatch csv, EligibilityService service, EvaluationMetrics metrics) {
        this.json = json;
        this.ndjson = ndjson;
        this.csv = csv;
        this.service = service;
        this.metrics = metrics;
    }

    /** Read and checked before the first byte of the answer, so that a bad request is still a 400 or 413 problem. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public StreamingOutput json(byte[] body, @QueryParam("detail") String detail,
                                @HeaderParam("Accept-Language") String language) throws IOException {
        long start = System.nanoTime();
        Locale locale = Messages.fromAcceptLanguage(language);
        Detail level = Detail.parse(detail, locale);
        JsonBatch.Checked request;
        try {
            request = json.read(body, locale);
        } catch (IOException | RuntimeException e) {
            metrics.requestTime("batch", "json", System.nanoTime() - start);
            throw e;
        }
        return out -> {
            try {
                json.write(request, out, locale, level);
            } finally {
                metrics.requestTime("batch", "json", System.nanoTime() - start);
            }
        };
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    public StreamingOutput ndjson(InputStream body, @QueryParam("month") String month, @QueryParam("ruleSets") String ruleSets,
                                  @QueryParam("detail") String detail, @HeaderParam("Accept-Language") String language) {
        Locale locale = Messages.fromAcceptLanguage(language);
        Detail level = Detail.parse(detail, locale);
        List<String> sets = split(ruleSets);
        List<FieldError> errors = new ArrayList<>();
        service.checkEnvelope("month", month, sets, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return out -> {
            long start = System.nanoTime();
            try {
                ndjson.stream(body, out, month, sets, locale, level);
            } finally {
                metrics.requestTime("batch", "ndjson", System.nanoTime() - start);
            }
        };
    }

    @POST
    @Consumes(CSV)
    @Produces(CSV)
    public StreamingOutput csvToCsv(byte[] body, @QueryParam("month") String month, @QueryParam("ruleSets") String ruleSets,
                                    @HeaderParam("Accept-Language") String language) {
        Locale locale = Messages.fromAcceptLanguage(language);
        BatchResponse response = metrics.timed("batch", "csv", () -> csv.evaluate(body, month, ruleSets, locale));
        return out -> csv.write(response, out, locale);
    }

    @POST
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public BatchResponse csvToJson(byte[] body, @QueryParam("month") String month, @QueryParam("ruleSets") String ruleSets,
                                   @QueryParam("detail") String detail, @HeaderParam("Accept-Language") String language) {
        Locale locale = Messages.fromAcceptLanguage(language);
        Detail level = Detail.parse(detail, locale);
        return metrics.timed("batch", "csv", () -> csv.evaluate(body, month, ruleSets, locale, level));
    }

    private static List<String> split(String ruleSets) {
        return ruleSets == null || ruleSets.isBlank() ? null : List.of(ruleSets.split("\\s*,\\s*"));
    }
}
