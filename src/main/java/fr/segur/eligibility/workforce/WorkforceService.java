package fr.segur.eligibility.workforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.VariantRequest;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two workforce answers over any source of employees: the schedules, written as each employee is run, and the
 * report, summed as each employee is run; the envelope of NDJSON and CSV requests comes from the query string.
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
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "workforce-report");
        t.setDaemon(true);
        return t;
    });

    WorkforceService(Workforce workforce, EmployerCost cost, ObjectMapper mapper) {
        this.workforce = workforce;
        this.cost = cost;
        this.mapper = mapper;
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

    /** Runs every employee of {@code source} and writes its schedule as soon as it is made. */
    public void schedules(WorkforceRun run, WorkforceReaders.Source source, ScheduleFormat format, CsvConvention convention,
                          OutputStream out, Locale locale) throws IOException {
        try (ScheduleWriters.Writer writer = format == ScheduleFormat.CSV ? ScheduleWriters.csv(out, convention, run)
                : ScheduleWriters.json(mapper, out, run, format == ScheduleFormat.NDJSON)) {
            IOException[] failure = new IOException[1];
            source.forEach(employee -> {
                if (failure[0] == null) {
                    try {
                        writer.write(workforce.run(run, employee, locale));
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    /**
     * Runs every employee of {@code source} into the report: the request thread reads employees in chunks, workers
     * (one per core) run and sum them, each into its own builder, merged at the end; at most a few chunks wait, so
     * memory stays bounded whatever the number of employees.
     */
    public WorkforceReport report(WorkforceRun run, WorkforceReaders.Source source, Locale locale) throws IOException {
        int workers = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
        BlockingQueue<List<WorkforceEmployee>> chunks = new ArrayBlockingQueue<>(2 * workers);
        List<ReportBuilder> builders = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            ReportBuilder builder = new ReportBuilder(run, cost);
            builders.add(builder);
            running.add(pool.submit(() -> {
                for (List<WorkforceEmployee> chunk = chunks.take(); !chunk.isEmpty(); chunk = chunks.take()) {
                    chunk.forEach(employee -> builder.add(workforce.run(run, employee, locale)));
                }
                return null;
            }));
        }
        boolean read = false;
        try {
            List<List<WorkforceEmployee>> chunk = new ArrayList<>(List.of(new ArrayList<>(CHUNK)));
            source.forEach(employee -> {
                chunk.get(0).add(employee);
                if (chunk.get(0).size() == CHUNK) {
                    put(chunks, chunk.get(0), running);
                    chunk.set(0, new ArrayList<>(CHUNK));
                }
            });
            if (!chunk.get(0).isEmpty()) {
                put(chunks, chunk.get(0), running);
            }
            read = true;
        } finally {
            if (read) {
                for (int i = 0; i < workers; i++) {
                    // An empty chunk tells a worker to stop, queued after every chunk read.
                    put(chunks, List.of(), running);
                }
            } else {
                running.forEach(f -> f.cancel(true));
            }
        }
        for (Future<?> f : running) {
            await(f);
        }
        ReportBuilder report = builders.get(0);
        builders.subList(1, builders.size()).forEach(report::merge);
        return report.build();
    }

    /** Hands a chunk to the workers, waiting while they are busy; a worker's failure stops the reading. */
    private static void put(BlockingQueue<List<WorkforceEmployee>> chunks, List<WorkforceEmployee> chunk, List<Future<?>> running) {
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                for (Future<?> f : running) {
                    if (f.isDone()) {
                        await(f);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the workforce", e);
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
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
