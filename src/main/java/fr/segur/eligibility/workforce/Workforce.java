package fr.segur.eligibility.workforce;

import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.ScheduleRequest;
import fr.segur.eligibility.api.ScheduleResponse;
import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.ScheduleService;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.Job;
import fr.segur.eligibility.validation.InvalidRequestException;
import fr.segur.eligibility.variant.Variants;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a workforce employee by employee: each schedule is the one {@code /evaluations/schedule} gives for the same
 * employee (the same service), each month's entitlement lines kept for the report, the variant's schedule beside it.
 */
@ApplicationScoped
public class Workforce {

    private final ScheduleService schedules;
    private final EligibilityService service;
    private final Variants variants;
    private final RuleCatalog catalog;

    Workforce(ScheduleService schedules, EligibilityService service, Variants variants, RuleCatalog catalog) {
        this.schedules = schedules;
        this.service = service;
        this.variants = variants;
        this.catalog = catalog;
    }

    /** The envelope checked: every problem is a 400 naming its field. */
    public WorkforceRun check(WorkforceEnvelope envelope, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth from = ScheduleService.month("from", envelope.from(), locale, errors);
        YearMonth to = ScheduleService.month("to", envelope.to(), locale, errors);
        schedules.checkRange(from, to, locale, errors);
        service.checkRuleSets(envelope.ruleSets(), locale, errors);
        Map<Funder, BigDecimal> shares = shares(envelope.fundingShares(), locale, errors);
        Variants.Resolved variant = variants.resolve(envelope.variant(), locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new WorkforceRun(from, to, service.ruleSets(envelope.ruleSets()), variant, shares,
                Boolean.TRUE.equals(envelope.taxeSurLesSalaires()));
    }

    /** One employee: its schedule, lines and variant, or its problems under its own path. */
    public EmployeeResult run(WorkforceRun run, WorkforceEmployee input, Locale locale) {
        if (!input.readErrors().isEmpty() || input.employee() == null) {
            return invalid(input, input.readErrors());
        }
        ScheduleRequest request = new ScheduleRequest(run.from().toString(), run.to().toString(), run.ruleSets(),
                input.employee(), input.paid());
        List<List<EntitlementLines.Line>> lines = new ArrayList<>(run.months());
        List<List<EntitlementLines.Line>> variantLines = run.variant() == null ? null : new ArrayList<>(run.months());
        ScheduleResponse schedule;
        ScheduleResponse variant = null;
        try {
            schedule = schedules.scheduleWithAnswers(request, locale, Detail.SUMMARY,
                    (m, answer) -> lines.add(EntitlementLines.of(answer.evaluation())));
            if (run.variant() != null) {
                variant = run.variant().schedules().scheduleWithAnswers(request, locale, Detail.SUMMARY,
                        (m, answer) -> variantLines.add(EntitlementLines.of(answer.evaluation())));
            }
        } catch (InvalidRequestException e) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                errors.add(new FieldError(under(input.path(), error.field()), error.message()));
            }
            return invalid(input, errors);
        }
        if (input.paidTotal() != null) {
            schedule = PaidTotal.allocate(schedule, input.paidTotal());
            variant = variant == null ? null : PaidTotal.allocate(variant, input.paidTotal());
        }
        String reason = null;
        String family = null;
        if (new BigDecimal(schedule.totals().due()).signum() == 0 && "NOT_ELIGIBLE".equals(last(schedule).status())) {
            reason = decisiveReason(service.evaluateChecked(run.to(), run.ruleSets(), input.employee(), locale, Detail.FULL));
            Job job = input.employee().jobCode() == null ? null : catalog.reference().jobs().get(input.employee().jobCode());
            family = job == null ? "-" : job.family();
        }
        return new EmployeeResult(input, null, schedule, lines, variant, variantLines, reason, family);
    }

    /** The funders' shares given by the caller, each between 0 and 1, named by their funder. */
    private static Map<Funder, BigDecimal> shares(Map<String, BigDecimal> given, Locale locale, List<FieldError> errors) {
        Map<Funder, BigDecimal> shares = new EnumMap<>(Funder.class);
        if (given == null) {
            return shares;
        }
        given.forEach((name, share) -> {
            Funder funder = null;
            for (Funder f : Funder.values()) {
                if (f.name().equals(name)) {
                    funder = f;
                }
            }
            if (funder == null || share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                errors.add(new FieldError("fundingShares." + name, Messages.render(locale, "error.workforce.share",
                        String.join(", ", java.util.Arrays.stream(Funder.values()).map(Enum::name).toList()))));
            } else {
                shares.put(funder, share);
            }
        });
        return shares;
    }

    /**
     * Why a not-eligible employee gets nothing: in the first rule set that applies to it and refuses it, the last
     * measure it missed (the widest one, the catch-all a "forgotten" employee falls out of), with its first reason.
     */
    private static String decisiveReason(EvaluationResponse answer) {
        if (answer.decisions() == null) {
            return "-";
        }
        for (EvaluationResponse.RuleSetDecision d : answer.decisions()) {
            if (!"NOT_ELIGIBLE".equals(d.status())) {
                continue;
            }
            EvaluationResponse.MeasureDecision decisive = null;
            for (EvaluationResponse.MeasureDecision m : d.measures()) {
                if ("NOT_MET".equals(m.outcome())) {
                    decisive = m;
                }
            }
            if (decisive != null) {
                String why = decisive.reasons() == null || decisive.reasons().isEmpty() ? "" : " : " + decisive.reasons().get(0);
                return d.ruleSet() + "/" + decisive.measure() + why;
            }
            if (d.reasons() != null && !d.reasons().isEmpty()) {
                return d.ruleSet() + " : " + d.reasons().get(0);
            }
        }
        return "-";
    }

    private static ScheduleResponse.Month last(ScheduleResponse schedule) {
        return schedule.months().get(schedule.months().size() - 1);
    }

    /** A schedule's field ({@code employee.jobCode}, {@code paid.2024-09}) as the workforce's caller wrote it. */
    private static String under(String path, String field) {
        if (field.equals("employee")) {
            return path;
        }
        if (field.startsWith("employee.")) {
            return path + field.substring("employee".length());
        }
        return path + "." + field;
    }

    private static EmployeeResult invalid(WorkforceEmployee input, List<FieldError> errors) {
        return new EmployeeResult(input, List.copyOf(errors), null, null, null, null, null, null);
    }
}
