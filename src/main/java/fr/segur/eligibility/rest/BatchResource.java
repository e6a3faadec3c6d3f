package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.BatchResponse;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.batch.BatchAnswers;
import fr.segur.eligibility.batch.CsvBatch;
import fr.segur.eligibility.batch.JsonBatch;
import fr.segur.eligibility.batch.NdjsonBatch;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import fr.segur.eligibility.variant.Variants;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/v1/evaluations/batch}: a whole payroll as JSON, NDJSON (streamed, any size) or CSV, answered in
 * any of the three formats, chosen by {@code Accept} (all nine pairs), under the rules in force or a what-if variant
 * ({@code ?variant=}, or {@code variant} in a JSON envelope).
 */
@Path("/api/v1/evaluations/batch")
public class BatchResource {

    private static final List<String> FORMATS = List.of(BatchAnswers.JSON, BatchAnswers.NDJSON, BatchAnswers.CSV);

    private final JsonBatch json;
    private final NdjsonBatch ndjson;
    private final CsvBatch csv;
    private final EligibilityService service;
    private final EvaluationMetrics metrics;
    private final Variants variants;

    BatchResource(JsonBatch json, NdjsonBatch ndjson, CsvBatch csv, EligibilityService service, EvaluationMetrics metrics,
                  Variants variants) {
        this.variants = variants;
        this.json = json;
        this.ndjson = ndjson;
        this.csv = csv;
        this.service = service;
        this.metrics = metrics;
    }

    /** Read and checked before the first byte of the answer, so that a bad request is still a 400 or 413 problem. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, BatchAnswers.NDJSON, BatchAnswers.CSV})
    public Response json(byte[] body, @QueryParam("month") String month, @QueryParam("ruleSets") String ruleSets,
                         @QueryParam("detail") String detail, @QueryParam("variant") String variant,
                         @HeaderParam("Accept-Language") String language, @Context HttpHeaders headers) throws IOException {
        long start = System.nanoTime();
        Locale locale = Messages.fromAcceptLanguage(language);
        Detail level = Detail.parse(detail, locale);
        String format = format(headers, BatchAnswers.JSON);
        JsonBatch.Checked request;
        Variants.Resolved rules;
        try {
            request = json.read(body, month, split(ruleSets), locale);
            rules = variants.select(variant, request.variant(), locale);
        } catch (IOException | RuntimeException e) {
            metrics.requestTime("batch", "json", System.nanoTime() - start);
            throw e;
        }
        return answer(format, rules, out -> {
            try {
                json.write(request, format, out, locale, level, rules);
            } finally {
                metrics.requestTime("batch", "json", System.nanoTime() - start);
            }
        });
    }

    @POST
    @Consumes(BatchAnswers.NDJSON)
    @Produces({BatchAnswers.NDJSON, MediaType.APPLICATION_JSON, BatchAnswers.CSV})
    public Response ndjson(InputStream body, @QueryParam("month") String month, @QueryParam("ruleSets") String ruleSets,
                           @QueryParam("detail") String detail, @QueryParam("variant") String variant,
                           @HeaderParam("Accept-Language") String language, @Context HttpHeaders headers) {
        Locale locale = Messages.fromAcceptLanguage(language);
        Detail level = Detail.parse(detail, locale);
        String format = format(headers, BatchAnswers.NDJSON);
        List<String> sets = split(ruleSets);
        List<FieldError> errors = new ArrayList<>();
        service.checkEnvelope("month", month, sets, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Variants.Resolved rules = variants.select(variant, null, locale);
        return answer(format, rules, out -> {
            long start = System.nanoTime();
            try {
                ndjson.stream(body, format, out, month, sets, locale, level, rules);
            } finally {
                metrics.requestTime("batch", "ndjson", System.nanoTime() - start);
            }
        });
    }

    /** A CSV file is read whole (its length is bounded), then answered in the format asked for. */
    @POST
    @Consumes(BatchAnswers.CSV)
    @Produces({BatchAnswers.CSV, MediaType.APPLICATION_JSON, BatchAnswers.NDJSON})
    public Response csv(byte[] body, @QueryParam("month") String month, @QueryParam("ruleSets") String ruleSets,
                        @QueryParam("detail") String detail, @QueryParam("variant") String variant,
                        @HeaderParam("Accept-Language") String language, @Context HttpHeaders headers) {
        Locale locale = Messages.fromAcceptLanguage(language);
        String format = format(headers, BatchAnswers.CSV);
        // A CSV answer has no explanation columns, but its reason column is drawn from the full answer.
        Detail level = format.equals(BatchAnswers.CSV) ? Detail.FULL : Detail.parse(detail, locale);
        Variants.Resolved rules = variants.select(variant, null, locale);
        BatchResponse response = metrics.timed("batch", "csv", () -> csv.evaluate(body, month, ruleSets, locale, level, rules));
        if (format.equals(BatchAnswers.JSON) && rules == null) {
            return Response.ok(response, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return answer(format, rules, out -> csv.write(response, format, out, locale, rules));
    }

    /**
     * The first of the three formats the caller accepts, in its order of preference (JAX-RS has answered 406 when it
     * accepts none); without {@code Accept}, or with {@code *}{@code /*}, the request's own format.
     */
    private static String format(HttpHeaders headers, String requestFormat) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (String format : FORMATS) {
                if (accepted.isCompatible(MediaType.valueOf(format)) && !accepted.isWildcardType()) {
                    return format;
                }
            }
        }
        return requestFormat;
    }

    /** The answer, marked {@code X-Simulation: true} under a variant. */
    private static Response answer(String format, Variants.Resolved variant, StreamingOutput body) {
        Response.ResponseBuilder answer = Response.ok(body, format.equals(BatchAnswers.CSV) ? format + ";charset=UTF-8" : format);
        return (variant == null ? answer : answer.header(Variants.SIMULATION_HEADER, "true")).build();
    }

    private static List<String> split(String ruleSets) {
        return ruleSets == null || ruleSets.isBlank() ? null : List.of(ruleSets.split("\\s*,\\s*"));
    }
}
