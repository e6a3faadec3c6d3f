package fr.segur.eligibility.health;

import fr.segur.eligibility.catalog.RuleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once every rule set is loaded and validated. */
@Readiness
@ApplicationScoped
public class RuleDataReadinessCheck implements HealthCheck {

    private final Instance<RuleCatalog> catalog;

    RuleDataReadinessCheck(Instance<RuleCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            RuleCatalog loaded = catalog.get();
            return HealthCheckResponse.named("rule-data").up()
                    .withData("ruleSets", String.join(", ", loaded.book().ids()))
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("rule-data").down().withData("error", "rule data not loaded").build();
        }
    }
}
