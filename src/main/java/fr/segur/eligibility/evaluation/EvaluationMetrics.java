package fr.segur.eligibility.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prometheus counters and timers of answers per rule set, measure and outcome, batch sizes, and request durations
 * per endpoint and format. Labels only take values from the rule data and fixed vocabularies: never an employee id,
 * a job or an amount.
 */
@ApplicationScoped
public class EvaluationMetrics {

    private static final String NONE = "none";

    private final MeterRegistry registry;
    private final Map<AnswerKey, AnswerMeters> answers = new ConcurrentHashMap<>();
    private final Map<String, DistributionSummary> batchSizes = new ConcurrentHashMap<>();
    private final Map<String, Timer> requests = new ConcurrentHashMap<>();

    public EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One answer: the rule set and measure paid (or "none") and the status, INVALID included. */
    public void answered(String ruleSet, String measure, String outcome) {
        answerMeters(ruleSet, measure, outcome).count().increment();
    }

    /** One evaluated answer, as {@link #answered(String, String, String)}, and the time the rule engine took for it. */
    public void answered(String ruleSet, String measure, String outcome, long nanos) {
        AnswerMeters meters = answerMeters(ruleSet, measure, outcome);
        meters.count().increment();
        meters.duration().record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The counter and the timer of one (rule set, measure, outcome), looked up once per answer. */
    private record AnswerMeters(Counter count, Timer duration) {
    }

    /** The labels of an answer's meters; a record rather than a joined string, so a lookup builds no text. */
    private record AnswerKey(String ruleSet, String measure, String outcome) {
    }

    private AnswerMeters answerMeters(String ruleSet, String measure, String outcome) {
        String rs = ruleSet == null ? NONE : ruleSet;
        String m = measure == null ? NONE : measure;
        AnswerMeters known = answers.get(new AnswerKey(rs, m, outcome));
        return known != null ? known : answers.computeIfAbsent(new AnswerKey(rs, m, outcome), k -> new AnswerMeters(
                Counter.builder("segur.evaluations")
                        .description("Employee-month answers by rule set and measure paid and by outcome")
                        .tag("ruleSet", rs).tag("measure", m).tag("outcome", outcome)
                        .register(registry),
                Timer.builder("segur.evaluation.duration")
                        .description("Time to evaluate one employee-month, by rule set and measure paid and by outcome")
                        .tag("ruleSet", rs).tag("measure", m).tag("outcome", outcome)
                        .register(registry)));
    }

    /** Runs one request of an endpoint (evaluate, batch, schedule) in a format (json, csv) and records its duration. */
    public <T> T timed(String endpoint, String format, Supplier<T> request) {
        long start = System.nanoTime();
        try {
            return request.get();
        } finally {
            requestTime(endpoint, format, System.nanoTime() - start);
        }
    }

    /** The duration of one request, for those timed by hand (a stream is timed until its last line is written). */
    public void requestTime(String endpoint, String format, long nanos) {
        requests.computeIfAbsent(endpoint + '|' + format, k -> Timer.builder("segur.request.duration")
                .description("Time to answer one evaluation request, by endpoint and format, until the last byte for streams")
                .tag("endpoint", endpoint).tag("format", format)
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The number of employees in one batch, by format (json, csv). */
    public void batch(String format, int employees) {
        batchSizes.computeIfAbsent(format, f -> DistributionSummary.builder("segur.batch.size")
                .description("Employees per JSON or CSV batch").baseUnit("employees").tag("format", f)
                .register(registry)).record(employees);
    }
}
