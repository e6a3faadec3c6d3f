package fr.segur.eligibility.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prometheus counters of answers per rule set, measure and outcome, and batch sizes. Labels only take values
 * from the rule data and fixed vocabularies: never an employee id, a job or an amount.
 */
@ApplicationScoped
public class EvaluationMetrics {

    private static final String NONE = "none";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, DistributionSummary> batchSizes = new ConcurrentHashMap<>();

    EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One answer: the rule set and measure paid (or "none") and the status, INVALID included. */
    public void answered(String ruleSet, String measure, String outcome) {
        String rs = ruleSet == null ? NONE : ruleSet;
        String m = measure == null ? NONE : measure;
        counters.computeIfAbsent(rs + '|' + m + '|' + outcome, k -> Counter.builder("segur.evaluations")
                .description("Employee-month answers by rule set and measure paid and by outcome")
                .tag("ruleSet", rs).tag("measure", m).tag("outcome", outcome)
                .register(registry)).increment();
    }

    /** The number of employees in one batch, by format (json, csv). */
    public void batch(String format, int employees) {
        batchSizes.computeIfAbsent(format, f -> DistributionSummary.builder("segur.batch.size")
                .description("Employees per JSON or CSV batch").baseUnit("employees").tag("format", f)
                .register(registry)).record(employees);
    }
}
