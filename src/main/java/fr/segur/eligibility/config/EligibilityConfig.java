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

    /** NDJSON stream limits. */
    Ndjson ndjson();

    /** HTTP body limits. */
    Http http();

    /** Bearer-token authentication of the evaluation endpoints. */
    Auth auth();

    /** Limits of the JSON (and CSV) parsers. */
    Json json();

    /** DSN reading. */
    Dsn dsn();

    /** DSN settings. */
    interface Dsn {
        /** Largest DSN file (part dsn of POST /api/v1/dsn/evaluations); above it the answer is 413. */
        @WithDefault("64M")
        io.quarkus.runtime.configuration.MemorySize maxSize();
    }

    /** Authentication settings; the key and issuer are MicroProfile JWT's mp.jwt.verify.* properties. */
    interface Auth {
        /** When on, the evaluation endpoints need a bearer token with the segur-evaluator role (on in prod, off in dev and test). */
        @WithDefault("true")
        boolean enabled();
    }

    /** Parser limits, applied to Jackson's StreamReadConstraints; above any of them the answer is 400. */
    interface Json {
        /** Deepest nesting of arrays and objects; a request is at most 4 levels deep. */
        @WithDefault("32")
        int maxNestingDepth();

        /** Longest string value (characters), also a CSV cell; ids and codes are a few dozen. */
        @WithDefault("10000")
        int maxStringLength();

        /** Longest number (characters, digits and sign and exponent). */
        @WithDefault("100")
        int maxNumberLength();

        /** Longest property name (characters). */
        @WithDefault("256")
        int maxNameLength();
    }

    /** HTTP settings. */
    interface Http {
        /** Largest JSON or CSV body, read whole; NDJSON streams are bound only by quarkus.http.limits.max-body-size. */
        @WithDefault("64M")
        io.quarkus.runtime.configuration.MemorySize maxDocumentSize();

        /** Largest body of a single evaluation or a schedule (one employee): 413 above (OWASP API4). */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxSingleSize();
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

    /** NDJSON settings. */
    interface Ndjson {
        /**
         * Longest line of an NDJSON stream (bytes, without its line end); a longer line is answered INVALID and
         * skipped without being held in memory, and the stream goes on. A line is one employee, about 400 bytes.
         */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxLineLength();
    }

    /** Schedule settings. */
    interface Schedule {
        /** Maximum number of months in one schedule request; above it the answer is 400. */
        @WithDefault("120")
        int maxMonths();
    }
}
