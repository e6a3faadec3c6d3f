package fr.segur.eligibility.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The service's own settings (prefix {@code eligibility}); environment variables use ELIGIBILITY_… names. */
@ConfigMapping(prefix = "eligibility")
public interface EligibilityConfig {

    /** Where the rule files come from. */
    Rules rules();

    /** Batch limits. */
    Batch batch();

    /** Schedule limits. */
    Schedule schedule();

    /** HTTP body limits. */
    Http http();

    /** HTTP settings. */
    interface Http {
        /** Largest JSON or CSV body, read whole; NDJSON streams are bound only by quarkus.http.limits.max-body-size. */
        @WithDefault("64M")
        io.quarkus.runtime.configuration.MemorySize maxDocumentSize();
    }

    /** Rule files. */
    interface Rules {
        /** A directory holding catalog.yaml, SHA256SUMS and the rule files, replacing the embedded ones (e.g. a local délibération). */
        Optional<String> directory();
    }

    /** Batch settings. */
    interface Batch {
        /** Maximum number of employees in one JSON or CSV batch; above it the answer is 413. */
        @WithDefault("10000")
        int maxEmployees();
    }

    /** Schedule settings. */
    interface Schedule {
        /** Maximum number of months in one schedule request; above it the answer is 400. */
        @WithDefault("120")
        int maxMonths();
    }
}
