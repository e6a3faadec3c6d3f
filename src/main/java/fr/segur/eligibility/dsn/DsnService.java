package fr.segur.eligibility.dsn;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.BatchResponse;
import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.EvaluationResponse.Warning;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.config.EligibilityConfig;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import fr.segur.eligibility.rules.Evaluation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Evaluates every contract of a monthly DSN: each contract becomes one employee, checked and evaluated by the
 * same service as a single evaluation, so that its answer is the one a single evaluation would give.
 */
@ApplicationScoped
public class DsnService {

    /** The norms whose rubriques the reader was written against (S10.G00.00.006). */
    static final Set<String> NORMS = Set.of("P24V01", "P25V01", "P26V01");

    private final EligibilityService service;
    private final EvaluationMetrics metrics;
    private final DsnTables tables;
    private final ObjectMapper mapper;
    private final long maxSize;

    DsnService(EligibilityService service, EvaluationMetrics metrics, DsnTables tables, ObjectMapper mapper,
               EligibilityConfig config) {
        this.service = service;
        this.metrics = metrics;
        this.tables = tables;
        this.mapper = mapper;
        this.maxSize = config.dsn().maxSize().asLongValue();
    }

    /** The largest DSN file accepted, in bytes ({@code eligibility.dsn.max-size}). */
    public long maxSize() {
        return maxSize;
    }

    /** Opens the DSN file; it is read twice, its header first, then as a stream. */
    @FunctionalInterface
    public interface File {
        InputStream open() throws IOException;
    }

    /** A DSN whose parts and header were checked: whatever could refuse it is known, its contracts can be answered. */
    public static final class Prepared {
        private final DsnMapper mapper;
        private final YearMonth month;
        private final String norm;
        private final Detail detail;
        private final Locale locale;

        Prepared(DsnMapper mapper, YearMonth month, String norm, Detail detail, Locale locale) {
            this.mapper = mapper;
            this.month = month;
            this.norm = norm;
            this.detail = detail;
            this.locale = locale;
        }

        public String month() {
            return month.toString();
        }

        public String norm() {
            return norm;
        }
    }

    /** The counts and the warnings about the file itself, once every contract was answered. */
    public record Outcome(BatchResponse.Summary summary, List<Warning> warnings) {
    }

    /** Checks the parts and the file's header; a bad part, or a file that is not a DSN at all, is a 400. */
    public Prepared prepare(File file, String establishments, String jobs, String month, Detail detail, Locale locale)
            throws IOException {
        List<FieldError> errors = new ArrayList<>();
        service.checkEnvelope("month", month, null, locale, errors);
        DsnInput input = new DsnInput(mapper, service, locale, errors);
        Map<String, DsnEstablishment> bySiret = input.establishments(establishments);
        Map<String, String> jobTable = input.jobs(jobs, tables.defaultJobs());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        DsnReader.Header header;
        try (InputStream in = file.open()) {
            header = DsnReader.header(in);
        } catch (DsnReader.NotADsnException e) {
            throw notADsn(locale);
        }
        return new Prepared(new DsnMapper(bySiret, jobTable, tables), month(month, header.month(), locale),
                header.norm() == null ? null : header.norm().value(), detail, locale);
    }

    /** Reads the file as a stream and hands each contract's answer to {@code sink}, in file order. */
    public Outcome answer(Prepared prepared, File file, Consumer<DsnResult> sink) throws IOException {
        Run run = new Run(prepared, sink);
        DsnReader.Header header;
        try (InputStream in = file.open()) {
            header = DsnReader.read(in, run::evaluate);
        } catch (DsnReader.NotADsnException e) {
            throw notADsn(prepared.locale); // the header said otherwise: the file changed between the two readings
        }
        List<Warning> warnings = new ArrayList<>();
        Locale locale = prepared.locale;
        if (prepared.norm == null || !NORMS.contains(prepared.norm)) {
            warnings.add(DsnPay.warning(locale, "DSN_NORM", "dsn.warning.norm", String.valueOf(prepared.norm)));
        }
        if (!header.strayLines().isEmpty()) {
            warnings.add(DsnPay.warning(locale, "DSN_UNREADABLE_LINES", "dsn.warning.strayLines",
                    header.strayLines().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        metrics.batch("dsn", header.contracts());
        return new Outcome(run.counter.summary(), warnings.isEmpty() ? null : warnings);
    }

    /** The whole answer in memory (for CSV, and for callers that want one object). */
    public DsnResponse evaluate(File file, String establishments, String jobs, String month, Detail detail, Locale locale)
            throws IOException {
        Prepared prepared = prepare(file, establishments, jobs, month, detail, locale);
        List<DsnResult> results = new ArrayList<>();
        Outcome outcome = answer(prepared, file, results::add);
        return new DsnResponse(prepared.month(), prepared.norm, results, outcome.summary(), outcome.warnings());
    }

    private static InvalidRequestException notADsn(Locale locale) {
        return new InvalidRequestException(List.of(new FieldError("dsn", Messages.render(locale, "dsn.error.notADsn"))));
    }

    /** The month asked for, else the DSN's main month (S20.G00.05.005, JJMMAAAA). */
    private YearMonth month(String asked, Rubrique declared, Locale locale) {
        if (asked != null) {
            return service.month(asked);
        }
        if (declared == null) {
            return service.month(null);
        }
        String v = declared.value();
        if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
            int m = Integer.parseInt(v, 2, 4, 10);
            if (m >= 1 && m <= 12) {
                return YearMonth.of(Integer.parseInt(v, 4, 8, 10), m);
            }
        }
        throw new InvalidRequestException(List.of(new FieldError(DsnValues.field(declared.line(), "S20.G00.05.005"),
                Messages.render(locale, "dsn.error.month"))));
    }

    /** One reading of a file: its answers go to the sink as they come, counted. */
    private final class Run {
        final DsnMapper mapper;
        final YearMonth month;
        final Detail detail;
        final Locale locale;
        final Consumer<DsnResult> sink;
        final List<String> ruleSets = service.ruleSets(null);
        final BatchResponse.Counter counter = new BatchResponse.Counter();

        Run(Prepared prepared, Consumer<DsnResult> sink) {
            this.mapper = prepared.mapper;
            this.month = prepared.month;
            this.detail = prepared.detail;
            this.locale = prepared.locale;
            this.sink = sink;
        }

        void evaluate(DsnContract contract, Rubrique mainMonth) {
            DsnMapper.Mapped m = mapper.map(contract, month, locale);
            List<FieldError> errors = m.errors();
            if (errors.isEmpty() && !m.unknownSiret()) {
                errors = service.checkEmployee(m.employee(), DsnValues.field(contract.line(), null), locale);
            }
            BatchResult result;
            DsnResult.Audit audit = null;
            if (!errors.isEmpty()) {
                metrics.answered(null, null, BatchResult.INVALID);
                result = BatchResult.invalid(contract.index(), null, month.toString(), m.contractNumber(), errors);
            } else if (m.unknownSiret()) {
                metrics.answered(null, null, "INDETERMINATE");
                List<Warning> warnings = new ArrayList<>(m.warnings());
                warnings.add(DsnPay.warning(locale, "DSN_UNKNOWN_SIRET", "dsn.warning.unknownSiret", String.valueOf(m.siret())));
                result = BatchResult.valid(contract.index(), new EvaluationResponse(month.toString(), m.contractNumber(),
                        "INDETERMINATE", null, List.of(), null, null, null, warnings, List.of("establishments[siret=" + m.siret() + "]")));
            } else {
                EligibilityService.Answer answer = service.answerChecked(month, ruleSets, m.employee(), locale, detail);
                result = BatchResult.valid(contract.index(), withWarnings(answer.response(), m.warnings()));
                if (m.publicAgent() || m.ctiPaid() != null) {
                    audit = audit(answer.evaluation(), m.ctiPaid());
                }
            }
            counter.add(result.status());
            sink.accept(new DsnResult(result, new DsnResult.Source(contract.line(), m.siret()), audit));
        }
    }

    private static EvaluationResponse withWarnings(EvaluationResponse e, List<Warning> extra) {
        if (extra.isEmpty()) {
            return e;
        }
        List<Warning> warnings = new ArrayList<>(e.warnings() == null ? List.of() : e.warnings());
        warnings.addAll(extra);
        return new EvaluationResponse(e.month(), e.employeeId(), e.status(), e.entitlement(), e.entitlements(),
                e.totalAmount(), e.justification(),
                e.decisions(), warnings, e.missingFacts());
    }

    /** CTI due (the month's CTI-type entitlement) against CTI paid, each rounded once to the cent. */
    private DsnResult.Audit audit(Evaluation evaluation, BigDecimal paid) {
        Evaluation.Entitlement e = evaluation.entitlement();
        // The engine's exact amount, not the rendered string of the answer.
        BigDecimal due = e != null && tables.isCti(e.measure().code()) ? e.amount() : BigDecimal.ZERO;
        BigDecimal actual = paid == null ? BigDecimal.ZERO : paid;
        return new DsnResult.Audit(cents(due), cents(actual), cents(actual.subtract(due)));
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
