package fr.segur.eligibility.config;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Applies the {@code eligibility.json.*} limits to every JSON parser of the service (the request bodies, NDJSON
 * lines) and lends them to the CSV reader, so a hostile document is refused early with a 400 and never costs
 * unbounded memory or stack.
 */
@Singleton
public class JsonReadLimits implements ObjectMapperCustomizer {

    private final StreamReadConstraints constraints;

    JsonReadLimits(EligibilityConfig config) {
        EligibilityConfig.Json json = config.json();
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(json.maxNestingDepth())
                .maxStringLength(json.maxStringLength())
                .maxNumberLength(json.maxNumberLength())
                .maxNameLength(json.maxNameLength())
                .build();
    }

    public StreamReadConstraints constraints() {
        return constraints;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(constraints);
    }
}
