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
 * The JSON floor of {@link EndToEndJsonBenchmark}: Jackson parses the same request bytes and writes the same
 * answers, built beforehand, with no evaluation; no service can answer faster than this.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class JsonFloorBenchmark {

    /** The answer level: the whole answer, or the summary without justification and decisions. */
    @Param({"FULL", "SUMMARY"})
    public Detail detail;

    private BenchFixtures fixtures;
    private byte[][] requests;
    private EvaluationResponse[] responses;

    @Setup
    public void setUp() {
        fixtures = new BenchFixtures();
        requests = fixtures.requestBytes();
        responses = new EvaluationResponse[requests.length];
        for (int i = 0; i < requests.length; i++) {
            responses[i] = fixtures.service.evaluate(fixtures.request(requests[i]), Messages.FRENCH, detail);
        }
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public void parseAndWrite(Blackhole bh) throws IOException {
        for (int i = 0; i < requests.length; i++) {
            bh.consume(fixtures.mapper.readValue(requests[i], EvaluationRequest.class));
            bh.consume(fixtures.mapper.writeValueAsBytes(responses[i]));
        }
    }
}
