package fr.segur.eligibility.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's own command-line options, then prints the ratio of each end-to-end score to the
 * JSON floor of the same answer level measured in the same run.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        System.out.println();
        for (RunResult endToEnd : results) {
            if (!endToEnd.getParams().getBenchmark().endsWith("EndToEndJsonBenchmark.parseEvaluateWrite")) {
                continue;
            }
            String detail = endToEnd.getParams().getParam("detail");
            for (RunResult floor : results) {
                if (floor.getParams().getBenchmark().endsWith("JsonFloorBenchmark.parseAndWrite")
                        && detail.equals(floor.getParams().getParam("detail"))) {
                    double e = endToEnd.getPrimaryResult().getScore();
                    double f = floor.getPrimaryResult().getScore();
                    System.out.printf(Locale.ROOT, "ratio end-to-end / JSON floor (detail=%s): %.0f / %.0f ops/s = %.1f %%%n",
                            detail, e, f, 100 * e / f);
                }
            }
        }
    }
}
