package fr.segur.eligibility.bench;

import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.i18n.Messages;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the service does for one request, minus HTTP: parse the request bytes, check and evaluate, render the
 * answer and write its bytes, with the service's own mapping and ObjectMapper configuration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EndToEndJsonBenchmark {

    /** The answer level: the whole answer, or the summary without justification and decisions. */
    @Param({"FULL", "SUMMARY"})
    public Detail detail;

    private BenchFixtures fixtures;
    private byte[][] requests;

    @Setup
    public void setUp() {
        fixtures = new BenchFixtures();
        requests = fixtures.requestBytes();
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public void parseEvaluateWrite(Blackhole bh) throws IOException {
        for (byte[] body : requests) {
            EvaluationRequest request = fixtures.mapper.readValue(body, EvaluationRequest.class);
            EvaluationResponse response = fixtures.service.evaluate(request, Messages.FRENCH, detail);
            bh.consume(fixtures.mapper.writeValueAsBytes(response));
        }
    }
}
