package fr.segur.eligibility.workforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.VariantRequest;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two workforce answers over any source of employees, run by a few workers in chunks and taken back in request
 * order: the schedules, written as each chunk is run, and the report, summed as each chunk is run; the envelope of
 * NDJSON and CSV requests comes from the query string.
 */
@ApplicationScoped
public class WorkforceService {

    /** The output formats of the schedules. */
    public enum ScheduleFormat { JSON, NDJSON, CSV }

    private static final int CHUNK = 256;
    private static final int MAX_WORKERS = 4;

    private final Workforce workforce;
    private final EmployerCost cost;
    private final ObjectMapper mapper;
    /** One worker per core (at most four), shared by every workforce request, so that they share the cores. */
    private final int workers = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
    /** Chunks a request reads ahead of the one it waits for: enough to keep every worker busy. */
    private final int window = 2 * workers;
    private final ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
        Thread t = new Thread(runnable, "workforce-worker");
        t.setDaemon(true);
        return t;
    });

    WorkforceService(Workforce workforce, EmployerCost cost, ObjectMapper mapper) {
        this.workforce = workforce;
        this.cost = cost;
        this.mapper = mapper;
    }

    /** The workers stop with the application (a dev-mode reload builds a new service). */
    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    public WorkforceRun check(WorkforceEnvelope envelope, Locale locale) {
        return workforce.check(envelope, locale);
    }

    /** The envelope of an NDJSON or CSV request, from its query parameters. */
    public WorkforceRun check(String from, String to, String ruleSets, String variant, String fundingShares,
                              Boolean taxeSurLesSalaires, Locale locale) {
        Map<String, BigDecimal> shares = null;
        if (fundingShares != null && !fundingShares.isBlank()) {
            shares = new LinkedHashMap<>();
            for (String part : fundingShares.split("\\s*,\\s*")) {
                String[] kv = part.split("\\s*:\\s*", 2);
                try {
                    shares.put(kv[0], kv.length == 2 ? new BigDecimal(kv[1]) : null);
                } catch (NumberFormatException e) {
                    throw new InvalidRequestException(List.of(new FieldError("fundingShares." + kv[0],
                            Messages.render(locale, "error.workforce.share", "ASSURANCE_MALADIE:0.5,DEPARTEMENT:0.5"))));
                }
            }
        }
        List<String> sets = ruleSets == null || ruleSets.isBlank() ? null : List.of(ruleSets.split("\\s*,\\s*"));
        VariantRequest v = variant == null || variant.isBlank() ? null : new VariantRequest(variant, null, null);
        return workforce.check(new WorkforceEnvelope(from, to, sets, v, shares, taxeSurLesSalaires), locale);
    }

    /** Runs every employee of {@code source} and writes its schedule as soon as it is made, in request order. */
    public void schedules(WorkforceRun run, WorkforceReaders.Source source, ScheduleFormat format, CsvConvention convention,
                          OutputStream out, Locale locale) throws IOException {
        try (ScheduleWriters.Writer writer = format == ScheduleFormat.CSV ? ScheduleWriters.csv(out, convention, run)
                : ScheduleWriters.json(mapper, out, run, format == ScheduleFormat.NDJSON)) {
            runInOrder(run, source, locale, writer::write);
        }
    }

    /** Runs every employee of {@code source} into the report, which keeps only sums. */
    public WorkforceReport report(WorkforceRun run, WorkforceReaders.Source source, Locale locale) throws IOException {
        ReportBuilder report = new ReportBuilder(run, cost);
        runInOrder(run, source, locale, report::add);
        return report.build();
    }

    /** What is done with each employee's result, on the request thread, in request order. */
    @FunctionalInterface
    private interface Results {
        void accept(EmployeeResult result) throws IOException;
    }

    /**
     * Runs every employee of {@code source} on the workers and hands each result to {@code results} on the calling
     * thread, in request order: the calling thread cuts the input into chunks, the workers bind and run a chunk each,
     * and the calling thread takes the oldest chunk's results back when the window of chunks read ahead is full, so
     * memory stays bounded whatever the number of employees. A failure stops the reading and drops the chunks ahead.
     */
    private void runInOrder(WorkforceRun run, WorkforceReaders.Source source, Locale locale, Results results)
            throws IOException {
        Deque<Future<List<EmployeeResult>>> ahead = new ArrayDeque<>();
        List<List<WorkforceReaders.Unbound>> chunk = new ArrayList<>(List.of(new ArrayList<>(CHUNK)));
        boolean done = false;
        try {
            source.forEach(employee -> {
                List<WorkforceReaders.Unbound> current = chunk.get(0);
                current.add(employee);
                if (current.size() == CHUNK) {
                    ahead.add(pool.submit(() -> runChunk(run, current, locale)));
                    chunk.set(0, new ArrayList<>(CHUNK));
                    if (ahead.size() >= window) {
                        hand(ahead.poll(), results);
                    }
                }
            });
            if (!chunk.get(0).isEmpty()) {
                List<WorkforceReaders.Unbound> last = chunk.get(0);
                ahead.add(pool.submit(() -> runChunk(run, last, locale)));
            }
            while (!ahead.isEmpty()) {
                hand(ahead.poll(), results);
            }
            done = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!done) {
                ahead.forEach(f -> f.cancel(true));
            }
        }
    }

    private List<EmployeeResult> runChunk(WorkforceRun run, List<WorkforceReaders.Unbound> chunk, Locale locale) {
        List<EmployeeResult> done = new ArrayList<>(chunk.size());
        for (WorkforceReaders.Unbound employee : chunk) {
            done.add(workforce.run(run, employee.bind(), locale));
        }
        return done;
    }

    /** Waits for a chunk's results and hands them on; a worker's failure is rethrown as it was. */
    private static void hand(Future<List<EmployeeResult>> chunk, Results results) {
        try {
            for (EmployeeResult result : chunk.get()) {
                results.accept(result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the workforce", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The report as a page with charts. */
    public String html(WorkforceReport report) {
        return ReportHtml.render(report);
    }

    /** The report's tables as CSV. */
    public String csv(WorkforceReport report, CsvConvention convention) {
        return ReportTables.csv(report, convention);
    }
}
