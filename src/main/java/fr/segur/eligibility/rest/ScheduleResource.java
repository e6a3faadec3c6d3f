package fr.segur.eligibility.rest;

import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.api.ScheduleRequest;
import fr.segur.eligibility.api.ScheduleResponse;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.evaluation.ScheduleService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/v1/evaluations/schedule}: month-by-month amounts due, paid and arrears over a range. */
@Path("/api/v1/evaluations/schedule")
public class ScheduleResource {

    private final ScheduleService schedules;
    private final EvaluationMetrics metrics;

    ScheduleResource(ScheduleService schedules, EvaluationMetrics metrics) {
        this.schedules = schedules;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ScheduleResponse schedule(ScheduleRequest request, @HeaderParam("Accept-Language") String language) {
        return metrics.timed("schedule", "json", () -> schedules.schedule(request, Messages.fromAcceptLanguage(language)));
    }
}
