package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.variant.Simulations;
import fr.segur.eligibility.variant.Variants;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code POST /api/v1/evaluations}: is one employee entitled this month, how much, why, since when; under the rules
 * in force, or under a what-if variant (a simulation).
 */
@Path("/api/v1/evaluations")
public class EvaluationResource {

    private final EligibilityService service;
    private final EvaluationMetrics metrics;
    private final Variants variants;

    EvaluationResource(EligibilityService service, EvaluationMetrics metrics, Variants variants) {
        this.service = service;
        this.metrics = metrics;
        this.variants = variants;
    }

    // A single evaluation takes microseconds of CPU and never blocks: it runs on the I/O thread that read the
    // request, without the hand-over to a worker thread and back (batches and schedules stay on workers). A variant
    // may have to be built first (tens of milliseconds of rule data read again): that answer is made on a worker.
    @NonBlocking
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<EvaluationResponse>> evaluate(EvaluationRequest request, @QueryParam("detail") String detail,
                                                          @QueryParam("variant") String variant,
                                                          @HeaderParam("Accept-Language") String language) {
        Locale locale = Messages.fromAcceptLanguage(language);
        Detail level = Detail.parse(detail, locale);
        EvaluationRequest asked = request == null ? new EvaluationRequest(null, null, null) : request;
        if ((variant == null || variant.isBlank()) && asked.variant() == null) {
            return Uni.createFrom().item(RestResponse.ok(
                    metrics.timed("evaluate", "json", () -> service.evaluate(asked, locale, level))));
        }
        return Uni.createFrom().item(() -> simulation(asked, variant, locale, level))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private RestResponse<EvaluationResponse> simulation(EvaluationRequest asked, String variant, Locale locale, Detail level) {
        Variants.Resolved rules = variants.select(variant, asked.variant(), locale);
        EvaluationResponse answer = metrics.timed("evaluate", "json", () -> rules.service().evaluate(asked, locale, level));
        return RestResponse.ResponseBuilder.ok(Simulations.mark(answer, rules.view()))
                .header(Variants.SIMULATION_HEADER, "true").build();
    }
}
