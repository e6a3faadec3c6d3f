package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.ScheduleRequest;
import fr.segur.eligibility.api.ScheduleResponse;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.evaluation.ScheduleService;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.variant.Simulations;
import fr.segur.eligibility.variant.Variants;
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
 * {@code POST /api/v1/evaluations/schedule}: month-by-month amounts due, paid and arrears over a range, under the
 * rules in force or under a what-if variant (a simulation).
 */
@Path("/api/v1/evaluations/schedule")
public class ScheduleResource {

    private final ScheduleService schedules;
    private final EvaluationMetrics metrics;
    private final Variants variants;

    ScheduleResource(ScheduleService schedules, EvaluationMetrics metrics, Variants variants) {
        this.schedules = schedules;
        this.metrics = metrics;
        this.variants = variants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<ScheduleResponse> schedule(ScheduleRequest request, @QueryParam("variant") String variant,
                                                   @HeaderParam("Accept-Language") String language) {
        Locale locale = Messages.fromAcceptLanguage(language);
        Variants.Resolved rules = variants.select(variant, request == null ? null : request.variant(), locale);
        if (rules == null) {
            return RestResponse.ok(metrics.timed("schedule", "json", () -> schedules.schedule(request, locale)));
        }
        ScheduleResponse answer = metrics.timed("schedule", "json", () -> rules.schedules().schedule(request, locale));
        return RestResponse.ResponseBuilder.ok(Simulations.mark(answer, rules.view()))
                .header(Variants.SIMULATION_HEADER, "true").build();
    }
}
