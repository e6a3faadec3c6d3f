package fr.segur.eligibility.rest;

import fr.segur.eligibility.api.RuleSetView;
import fr.segur.eligibility.error.NotFoundProblem;
import fr.segur.eligibility.mapping.RuleSetHtml;
import fr.segur.eligibility.mapping.RuleSetViews;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The rule sets, their versions, parameters, measures and legal bases, as applied by the engine. */
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    private final RuleSetViews views;
    private final RuleSetHtml html;

    RuleSetResource(RuleSetViews views, RuleSetHtml html) {
        this.views = views;
        this.html = html;
    }

    @GET
    public List<RuleSetView> list() {
        return views.all();
    }

    @GET
    @Path("/{id}")
    public RuleSetView get(@PathParam("id") String id) {
        return views.ruleSet(id).orElseThrow(() -> new NotFoundProblem("problem.notFound.ruleSet", id,
                String.join(", ", views.all().stream().map(RuleSetView::id).toList())));
    }

    @GET
    @Path("/{id}/versions/{version}")
    public RuleSetView.Version version(@PathParam("id") String id, @PathParam("version") String version) {
        get(id);
        return views.version(id, version)
                .orElseThrow(() -> new NotFoundProblem("problem.notFound.version", id, version));
    }

    /** The same version as a French page for payroll officers. */
    @GET
    @Path("/{id}/versions/{version}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String versionPage(@PathParam("id") String id, @PathParam("version") String version) {
        return html.page(get(id), version(id, version));
    }
}
