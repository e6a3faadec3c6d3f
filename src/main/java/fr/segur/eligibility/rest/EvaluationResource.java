package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** {@code POST /api/v1/evaluations}: is one employee entitled this month, how much, why, since when. */
@Path("/api/v1/evaluations")
public class EvaluationResource {

    private final EligibilityService service;
    private final EvaluationMetrics metrics;

    EvaluationResource(EligibilityService service, EvaluationMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    // A single evaluation takes microseconds of CPU and never blocks: it runs on the I/O thread that read the
    // request, without the hand-over to a worker thread and back (batches and schedules stay on workers).
    @NonBlocking
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public EvaluationResponse evaluate(EvaluationRequest request, @QueryParam("detail") String detail,
                                       @HeaderParam("Accept-Language") String language) {
        Locale locale = Messages.fromAcceptLanguage(language);
        Detail level = Detail.parse(detail, locale);
        return metrics.timed("evaluate", "json", () -> service.evaluate(
                request == null ? new EvaluationRequest(null, null, null) : request, locale, level));
    }
}
