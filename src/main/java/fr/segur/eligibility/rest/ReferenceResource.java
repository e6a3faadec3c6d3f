package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.EstablishmentTypeView;
import fr.segur.eligibility.api.JobView;
import fr.segur.eligibility.service.RuleSetViews;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The catalogues an HR system maps its own codes to. */
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
