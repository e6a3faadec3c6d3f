package fr.segur.eligibility.rest;

import fr.segur.eligibility.batch.BatchAnswers;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.workforce.CsvConvention;
import fr.segur.eligibility.workforce.WorkforceReaders;
import fr.segur.eligibility.workforce.WorkforceReport;
import fr.segur.eligibility.workforce.WorkforceRun;
import fr.segur.eligibility.workforce.WorkforceService;
import fr.segur.eligibility.workforce.WorkforceService.ScheduleFormat;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/v1/workforce/schedules} and {@code /reports}: a whole workforce (JSON, NDJSON or CSV) over a
 * range: every schedule, streamed (JSON, NDJSON or the long CSV a payroll imports), or the report (JSON, an HTML
 * page with charts, or CSV tables), with an optional what-if variant.
 */
@Path("/api/v1/workforce")
public class WorkforceResource {

    static final String HTML = "text/html";
    private static final List<MediaType> SCHEDULE_TYPES = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(BatchAnswers.NDJSON), MediaType.valueOf(BatchAnswers.CSV));
    private static final List<MediaType> REPORT_TYPES = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(HTML), MediaType.valueOf(BatchAnswers.CSV));

    private final WorkforceService workforce;
    private final WorkforceReaders readers;

    WorkforceResource(WorkforceService workforce, WorkforceReaders readers) {
        this.workforce = workforce;
        this.readers = readers;
    }

    /** The query parameters of NDJSON and CSV requests (JSON requests carry them in the document). */
    public static class Query {
        @QueryParam("from") String from;
        @QueryParam("to") String to;
        @QueryParam("ruleSets") String ruleSets;
        @QueryParam("variant") String variant;
        @QueryParam("fundingShares") String fundingShares;
        @QueryParam("taxeSurLesSalaires") Boolean taxeSurLesSalaires;
        @QueryParam("csvConvention") String csvConvention;
        @HeaderParam("Accept-Language") String language;

        WorkforceRun run(WorkforceService workforce) {
            return workforce.check(from, to, ruleSets, variant, fundingShares, taxeSurLesSalaires, locale());
        }

        Locale locale() {
            return Messages.fromAcceptLanguage(language);
        }
    }

    @POST
    @Path("schedules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, BatchAnswers.NDJSON, BatchAnswers.CSV})
    public Response schedulesFromJson(byte[] body, @BeanParam Query query, @Context HttpHeaders headers) throws IOException {
        Locale locale = query.locale();
        WorkforceReaders.JsonDocument document = readers.document(body, locale);
        return schedules(workforce.check(document.envelope(), locale), readers.employees(document, locale), query, headers);
    }

    @POST
    @Path("schedules")
    @Consumes(BatchAnswers.NDJSON)
    @Produces({MediaType.APPLICATION_JSON, BatchAnswers.NDJSON, BatchAnswers.CSV})
    public Response schedulesFromNdjson(InputStream body, @BeanParam Query query, @Context HttpHeaders headers) {
        return schedules(query.run(workforce), readers.ndjson(body, query.locale()), query, headers);
    }

    @POST
    @Path("schedules")
    @Consumes(BatchAnswers.CSV)
    @Produces({MediaType.APPLICATION_JSON, BatchAnswers.NDJSON, BatchAnswers.CSV})
    public Response schedulesFromCsv(InputStream body, @BeanParam Query query, @Context HttpHeaders headers) throws IOException {
        WorkforceRun run = query.run(workforce);
        return schedules(run, readers.csv(body, query.locale()), query, headers);
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, HTML, BatchAnswers.CSV})
    public Response reportFromJson(byte[] body, @BeanParam Query query, @Context HttpHeaders headers) throws IOException {
        Locale locale = query.locale();
        WorkforceReaders.JsonDocument document = readers.document(body, locale);
        WorkforceRun run = workforce.check(document.envelope(), locale);
        return report(run, readers.employees(document, locale), query, headers);
    }

    @POST
    @Path("reports")
    @Consumes(BatchAnswers.NDJSON)
    @Produces({MediaType.APPLICATION_JSON, HTML, BatchAnswers.CSV})
    public Response reportFromNdjson(InputStream body, @BeanParam Query query, @Context HttpHeaders headers) throws IOException {
        return report(query.run(workforce), readers.ndjson(body, query.locale()), query, headers);
    }

    @POST
    @Path("reports")
    @Consumes(BatchAnswers.CSV)
    @Produces({MediaType.APPLICATION_JSON, HTML, BatchAnswers.CSV})
    public Response reportFromCsv(InputStream body, @BeanParam Query query, @Context HttpHeaders headers) throws IOException {
        WorkforceRun run = query.run(workforce);
        return report(run, readers.csv(body, query.locale()), query, headers);
    }

    private Response schedules(WorkforceRun run, WorkforceReaders.Source source, Query query, HttpHeaders headers) {
        MediaType type = pick(headers, SCHEDULE_TYPES);
        CsvConvention convention = CsvConvention.parse(query.csvConvention, query.locale());
        ScheduleFormat format = type.isCompatible(SCHEDULE_TYPES.get(1)) ? ScheduleFormat.NDJSON
                : type.isCompatible(SCHEDULE_TYPES.get(2)) ? ScheduleFormat.CSV : ScheduleFormat.JSON;
        Response.ResponseBuilder answer = Response.ok((jakarta.ws.rs.core.StreamingOutput) out ->
                workforce.schedules(run, source, format, convention, out, query.locale()), withCharset(type));
        return (run.variant() != null ? answer.header("X-Simulation", "true") : answer).build();
    }

    private Response report(WorkforceRun run, WorkforceReaders.Source source, Query query, HttpHeaders headers) throws IOException {
        MediaType type = pick(headers, REPORT_TYPES);
        CsvConvention convention = CsvConvention.parse(query.csvConvention, query.locale());
        WorkforceReport report = workforce.report(run, source, query.locale());
        Object entity = type.isCompatible(REPORT_TYPES.get(1)) ? workforce.html(report).getBytes(StandardCharsets.UTF_8)
                : type.isCompatible(REPORT_TYPES.get(2)) ? workforce.csv(report, convention).getBytes(StandardCharsets.UTF_8)
                : report;
        Response.ResponseBuilder answer = Response.ok(entity, withCharset(type));
        return (run.variant() != null ? answer.header("X-Simulation", "true") : answer).build();
    }

    /** The first offered type the caller accepts, in the caller's order of preference (JSON when it accepts any). */
    private static MediaType pick(HttpHeaders headers, List<MediaType> offered) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (MediaType type : offered) {
                if (accepted.isCompatible(type)) {
                    return type;
                }
            }
        }
        return offered.get(0);
    }

    private static MediaType withCharset(MediaType type) {
        return type.equals(MediaType.APPLICATION_JSON_TYPE) ? type : type.withCharset("UTF-8");
    }
}
