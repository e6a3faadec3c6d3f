package fr.segur.eligibility.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** The engine alone: one employee-month evaluation, facts already in memory (a mix of six realistic employees). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EngineBenchmark {

    private BenchFixtures fixtures;
    private BenchFixtures.EngineInput[] inputs;

    @Setup
    public void setUp() {
        fixtures = new BenchFixtures();
        byte[][] requests = fixtures.requestBytes();
        inputs = new BenchFixtures.EngineInput[requests.length];
        for (int i = 0; i < requests.length; i++) {
            inputs[i] = fixtures.engineInput(requests[i]);
        }
    }

    /**
     * Evaluates each of the six employees once with the whole explanation (the {@code detail=full} answer): the score
     * is evaluations per second.
     */
    @Benchmark
    @OperationsPerInvocation(6)
    public void evaluate(Blackhole bh) {
        for (BenchFixtures.EngineInput in : inputs) {
            bh.consume(fixtures.evaluator.evaluate(in.month(), in.facts(), in.ruleSets(), true));
        }
    }

    /**
     * The same without the justification and the decisions (the {@code detail=summary} answer): status, amount with
     * its calculation, effective date, warnings and missing facts.
     */
    @Benchmark
    @OperationsPerInvocation(6)
    public void evaluateSummary(Blackhole bh) {
        for (BenchFixtures.EngineInput in : inputs) {
            bh.consume(fixtures.evaluator.evaluate(in.month(), in.facts(), in.ruleSets(), false));
        }
    }
}
