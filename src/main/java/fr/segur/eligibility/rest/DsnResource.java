package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.batch.CsvBatch;
import fr.segur.eligibility.dsn.DsnResponse;
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
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code POST /api/v1/dsn/evaluations}: the payroll's own monthly DSN, answered contract by contract (JSON or CSV). */
@Path("/api/v1/dsn/evaluations")
public class DsnResource {

    private static final String CSV_UTF8 = BatchResource.CSV + ";charset=UTF-8";

    private final DsnService service;
    private final CsvBatch csv;
    private final EvaluationMetrics metrics;

    DsnResource(DsnService service, CsvBatch csv, EvaluationMetrics metrics) {
        this.service = service;
        this.csv = csv;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public DsnResponse json(@RestForm("dsn") FileUpload dsn, @RestForm("establishments") String establishments,
                            @RestForm("jobs") String jobs, @QueryParam("month") String month,
                            @QueryParam("detail") String detail, @HeaderParam("Accept-Language") String language)
            throws IOException {
        Locale locale = Messages.fromAcceptLanguage(language);
        return evaluate(dsn, establishments, jobs, month, Detail.parse(detail, locale), locale, "json");
    }

    /** The same answers as the CSV of a batch: one row a contract, in file order; JSON stays the default (qs). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(BatchResource.CSV + ";qs=0.5")
    public Response csv(@RestForm("dsn") FileUpload dsn, @RestForm("establishments") String establishments,
                               @RestForm("jobs") String jobs, @QueryParam("month") String month,
                               @HeaderParam("Accept-Language") String language) throws IOException {
        Locale locale = Messages.fromAcceptLanguage(language);
        DsnResponse response = evaluate(dsn, establishments, jobs, month, Detail.FULL, locale, "csv");
        StreamingOutput body = out -> csv.write(response.asBatch(), out, locale);
        // the type set here, or the negotiation parameter qs would be echoed in Content-Type
        return Response.ok(body, CSV_UTF8).build();
    }

    private DsnResponse evaluate(FileUpload dsn, String establishments, String jobs, String month, Detail detail,
                                 Locale locale, String format) throws IOException {
        if (dsn == null || dsn.uploadedFile() == null) {
            throw new InvalidRequestException(List.of(new FieldError("dsn", Messages.render(locale, "dsn.error.partMissing"))));
        }
        if (dsn.size() > service.maxSize()) {
            throw new PayloadTooLargeProblem(Messages.render(locale, "problem.dsnTooLarge", String.valueOf(service.maxSize())));
        }
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(dsn.uploadedFile())) {
            return service.evaluate(in, establishments, jobs, month, detail, locale);
        } finally {
            metrics.requestTime("dsn", format, System.nanoTime() - start);
        }
    }
}
