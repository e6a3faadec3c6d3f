package fr.segur.eligibility.rest;

import fr.segur.eligibility.dsn.DsnTables;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/reference/pcs-ese}: the default PCS-ESE → job table the DSN reader uses, in memory. */
@NonBlocking
@Path("/api/v1/reference/pcs-ese")
@Produces(MediaType.APPLICATION_JSON)
public class PcsEseResource {

    private final DsnTables tables;

    PcsEseResource(DsnTables tables) {
        this.tables = tables;
    }

    @GET
    public List<DsnTables.PcsEseJob> pcsEse() {
        return tables.pcsEseJobs();
    }
}
