package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.EstablishmentTypeView;
import fr.segur.eligibility.api.JobView;
import fr.segur.eligibility.mapping.RuleSetViews;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The catalogues an HR system maps its own codes to: lists already in memory, answered on the I/O thread. */
@NonBlocking
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    private final RuleSetViews views;

    ReferenceResource(RuleSetViews views) {
        this.views = views;
    }

    @GET
    @Path("/jobs")
    public List<JobView> jobs() {
        return views.jobs();
    }

    @GET
    @Path("/establishment-types")
    public List<EstablishmentTypeView> establishmentTypes() {
        return views.establishmentTypes();
    }
}
