package fr.segur.eligibility.config;

import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.catalog.RuleDataException;
import fr.segur.eligibility.catalog.RuleDataLoader;
import fr.segur.eligibility.catalog.RuleSource;
import fr.segur.eligibility.rules.Evaluator;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.jboss.logging.Logger;

/** Loads and validates the rule data once at start-up; a broken file stops the service with a clear message. */
@ApplicationScoped
public class RuleCatalogProducer {

    private static final Logger LOG = Logger.getLogger(RuleCatalogProducer.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    @Singleton
    @Startup
    RuleCatalog catalog(EligibilityConfig config) {
        RuleSource source = configuredSource(config);
        long start = System.nanoTime();
        try {
            RuleCatalog catalog = new RuleDataLoader(source).load();
            // The time is part of the start-up budget (bench/startup.sh): it shows what the rule data costs.
            LOG.infof("Rule data loaded from %s: %d rule sets, read and verified in %d ms", source.describe(),
                    catalog.book().ids().size(), (System.nanoTime() - start) / 1_000_000);
            return catalog;
        } catch (RuleDataException e) {
            LOG.errorf("Rule data rejected, the service will not start: %s", e.getMessage());
            throw e;
        }
    }

    /** The rule data of {@code eligibility.rules.directory}, or the rule data shipped in the application. */
    public static RuleSource configuredSource(EligibilityConfig config) {
        return config.rules().directory()
                .map(d -> RuleSource.directory(Path.of(d).toAbsolutePath().normalize()))
                .orElseGet(() -> RuleSource.classpath("rulesets"));
    }

    @Produces
    @Singleton
    Evaluator evaluator(RuleCatalog catalog) {
        return new Evaluator(catalog.book());
    }

    /** The clock that gives the default month, in Europe/Paris. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(PARIS);
    }
}
