package fr.segur.eligibility.rest;

import fr.segur.eligibility.catalog.NamedVariant;
import fr.segur.eligibility.variant.Variants;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/variants}: the named variants (délibérations) shipped with the rules, for what-if requests. */
@Path("/api/v1/variants")
public class VariantResource {

    private final Variants variants;

    VariantResource(Variants variants) {
        this.variants = variants;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public List<NamedVariant> list() {
        return variants.named();
    }
}
