package fr.segur.eligibility.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.batch.CsvBatch;
import fr.segur.eligibility.dsn.DsnResponse;
import fr.segur.eligibility.dsn.DsnResult;
import fr.segur.eligibility.dsn.DsnService;
import fr.segur.eligibility.error.PayloadTooLargeProblem;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import fr.segur.eligibility.batch.BatchAnswers;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code POST /api/v1/dsn/evaluations}: the payroll's own monthly DSN, answered contract by contract (JSON or CSV). */
@Path("/api/v1/dsn/evaluations")
public class DsnResource {

    private static final String CSV_UTF8 = BatchAnswers.CSV + ";charset=UTF-8";

    private final DsnService service;
    private final CsvBatch csv;
    private final EvaluationMetrics metrics;
    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    DsnResource(DsnService service, CsvBatch csv, EvaluationMetrics metrics, ObjectMapper mapper) {
        this.service = service;
        this.csv = csv;
        this.metrics = metrics;
        this.mapper = mapper;
        // one flush at the end, not one per contract
        this.writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** Checked before the first byte of the answer (so a bad file is still a 400), then answered as it is read. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public StreamingOutput json(@RestForm("dsn") FileUpload dsn, @RestForm("establishments") String establishments,
                                @RestForm("jobs") String jobs, @QueryParam("month") String month,
                                @QueryParam("detail") String detail, @HeaderParam("Accept-Language") String language)
            throws IOException {
        Locale locale = Messages.fromAcceptLanguage(language);
        long start = System.nanoTime();
        DsnService.File file = file(dsn, locale);
        DsnService.Prepared prepared;
        try {
            prepared = service.prepare(file, establishments, jobs, month, Detail.parse(detail, locale), locale);
        } catch (IOException | RuntimeException e) {
            metrics.requestTime("dsn", "json", System.nanoTime() - start);
            throw e;
        }
        return out -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeStringField("month", prepared.month());
                if (prepared.norm() != null) {
                    json.writeStringField("norm", prepared.norm());
                }
                json.writeArrayFieldStart("results");
                DsnService.Outcome outcome = service.answer(prepared, file, result -> write(json, result));
                json.writeEndArray();
                json.writeFieldName("summary");
                writer.writeValue(json, outcome.summary());
                if (outcome.warnings() != null) {
                    json.writeFieldName("warnings");
                    writer.writeValue(json, outcome.warnings());
                }
                json.writeEndObject();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                metrics.requestTime("dsn", "json", System.nanoTime() - start);
            }
        };
    }

    private void write(JsonGenerator json, DsnResult result) {
        try {
            writer.writeValue(json, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same answers as the CSV of a batch: one row a contract, in file order; JSON stays the default (qs). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(BatchAnswers.CSV + ";qs=0.5")
    public Response csv(@RestForm("dsn") FileUpload dsn, @RestForm("establishments") String establishments,
                        @RestForm("jobs") String jobs, @QueryParam("month") String month,
                        @HeaderParam("Accept-Language") String language) throws IOException {
        Locale locale = Messages.fromAcceptLanguage(language);
        long start = System.nanoTime();
        DsnResponse response;
        try {
            response = service.evaluate(file(dsn, locale), establishments, jobs, month, Detail.FULL, locale);
        } finally {
            metrics.requestTime("dsn", "csv", System.nanoTime() - start);
        }
        StreamingOutput body = out -> csv.write(response.asBatch(), out, locale);
        // the type set here, or the negotiation parameter qs would be echoed in Content-Type
        return Response.ok(body, CSV_UTF8).build();
    }

    /** The uploaded file, checked against the size limit; it is on disk, read as a stream each time it is opened. */
    private DsnService.File file(FileUpload dsn, Locale locale) {
        if (dsn == null || dsn.uploadedFile() == null) {
            throw new InvalidRequestException(List.of(new FieldError("dsn", Messages.render(locale, "dsn.error.partMissing"))));
        }
        if (dsn.size() > service.maxSize()) {
            throw new PayloadTooLargeProblem(Messages.render(locale, "problem.dsnTooLarge", String.valueOf(service.maxSize())));
        }
        java.nio.file.Path path = dsn.uploadedFile(); // qualified: jakarta.ws.rs.Path is imported
        return () -> Files.newInputStream(path);
    }
}
