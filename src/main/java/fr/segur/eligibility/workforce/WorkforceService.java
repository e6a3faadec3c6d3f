package fr.segur.eligibility.workforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

    private final Workforce workforce;
    private final EmployerCost cost;
    private final ObjectMapper mapper;

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

    /** Runs every employee of {@code source} into the report. */
    public WorkforceReport report(WorkforceRun run, WorkforceReaders.Source source, Locale locale) throws IOException {
        ReportBuilder report = new ReportBuilder(run, cost);
        source.forEach(employee -> report.add(workforce.run(run, employee, locale)));
        return report.build();
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
