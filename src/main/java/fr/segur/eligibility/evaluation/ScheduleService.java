package fr.segur.eligibility.evaluation;

import fr.segur.eligibility.validation.Months;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.validation.InvalidRequestException;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.api.ScheduleRequest;
import fr.segur.eligibility.api.ScheduleResponse;
import fr.segur.eligibility.config.EligibilityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;

/**
 * Month by month over a range: what is due under the rule-set versions of each month, what was paid, and the
 * balance, so that payroll can pay arrears (rappel) straight from it.
 */
@ApplicationScoped
public class ScheduleService {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final EligibilityService service;
    private final int maxMonths;

    @Inject
    ScheduleService(EligibilityService service, EligibilityConfig config) {
        this(service, config.schedule().maxMonths());
    }

    /** A schedule over another service (the workforce's what-if runs one on a variant's rules). */
    public ScheduleService(EligibilityService service, int maxMonths) {
        this.service = service;
        this.maxMonths = maxMonths;
    }

    public ScheduleResponse schedule(ScheduleRequest request, Locale locale) {
        return schedule(request, locale, Detail.FULL, (month, answer) -> { });
    }

    /**
     * The same schedule, each month evaluated at {@code detail} (the months do not show the explanation) and handed
     * to {@code each} as well: workforce reports read every entitlement line of it.
     */
    public ScheduleResponse schedule(ScheduleRequest request, Locale locale, Detail detail,
                                     BiConsumer<YearMonth, EvaluationResponse> each) {
        return scheduleWithAnswers(request, locale, detail, (month, answer) -> each.accept(month, answer.response()));
    }

    /**
     * The same schedule, each month's whole answer handed to {@code each}: the engine's exact figures
     * ({@link EligibilityService.Answer#evaluation()}: amounts and fractions as computed) beside their rendering, so
     * that a caller summing them need not read numbers back from strings.
     */
    public ScheduleResponse scheduleWithAnswers(ScheduleRequest request, Locale locale, Detail detail,
                                                BiConsumer<YearMonth, EligibilityService.Answer> each) {
        List<FieldError> errors = check(request, locale);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        YearMonth from = Months.parse(request.from());
        YearMonth to = Months.parse(request.to());
        List<String> ruleSets = service.ruleSets(request.ruleSets());
        Map<String, BigDecimal> paid = request.paid() == null ? Map.of() : request.paid();
        List<ScheduleResponse.Month> months = new ArrayList<>();
        BigDecimal totalDue = ZERO;
        BigDecimal totalPaid = ZERO;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            EligibilityService.Answer answer = service.answerChecked(m, ruleSets, request.employee(), locale, detail);
            EvaluationResponse e = answer.response();
            each.accept(m, answer);
            EvaluationResponse.Entitlement en = e.entitlement();
            // The month's total of every entitlement, principal and complementary, as the engine computed it.
            BigDecimal due = answer.evaluation().totalAmount() == null ? ZERO : answer.evaluation().totalAmount();
            BigDecimal paidThisMonth = paid.getOrDefault(m.toString(), ZERO).setScale(2);
            totalDue = totalDue.add(due);
            totalPaid = totalPaid.add(paidThisMonth);
            months.add(new ScheduleResponse.Month(m.toString(), e.status(),
                    en == null ? null : en.measure(), en == null ? null : en.ruleSet().id(),
                    en == null ? null : en.ruleSet().version(), en == null ? null : en.effectiveDate(),
                    due.toPlainString(), paidThisMonth.toPlainString(), due.subtract(paidThisMonth).toPlainString(),
                    e.missingFacts().isEmpty() ? null : e.missingFacts()));
        }
        return new ScheduleResponse(from.toString(), to.toString(), request.employee().id(), months,
                new ScheduleResponse.Totals(totalDue.toPlainString(), totalPaid.toPlainString(),
                        totalDue.subtract(totalPaid).toPlainString()));
    }

    private List<FieldError> check(ScheduleRequest request, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new FieldError("$", Messages.render(locale, "segur.employee.required")));
            return errors;
        }
        YearMonth from = month("from", request.from(), locale, errors);
        YearMonth to = month("to", request.to(), locale, errors);
        checkRange(from, to, locale, errors);
        service.checkRuleSets(request.ruleSets(), locale, errors);
        if (request.employee() == null) {
            errors.add(new FieldError("employee", Messages.render(locale, "segur.employee.required")));
        } else {
            errors.addAll(service.checkEmployee(request.employee(), "employee", locale));
        }
        if (request.paid() != null) {
            request.paid().forEach((month, amount) -> {
                String field = "paid." + month;
                YearMonth m = month(field, month, locale, errors);
                if (m != null && from != null && to != null && (m.isBefore(from) || m.isAfter(to))) {
                    errors.add(new FieldError(field, Messages.render(locale, "error.schedule.paidOutside")));
                }
                if (amount == null || amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(new BigDecimal("1000000")) > 0) {
                    errors.add(new FieldError(field, Messages.render(locale, "error.money.scale")));
                }
            });
        }
        return errors;
    }

    /** {@code to} not before {@code from}, and the range within the maximum (either null: already refused). */
    public void checkRange(YearMonth from, YearMonth to, Locale locale, List<FieldError> errors) {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldError("to", Messages.render(locale, "error.schedule.order", from)));
            } else if (ChronoUnit.MONTHS.between(from, to) + 1 > maxMonths) {
                errors.add(new FieldError("to", Messages.render(locale, "error.schedule.range", String.valueOf(maxMonths))));
            }
        }
    }

    /** The month {@code value} of {@code field}, or null with the error added. */
    public static YearMonth month(String field, String value, Locale locale, List<FieldError> errors) {
        if (value == null || !Months.isMonth(value)) {
            errors.add(new FieldError(field, Messages.render(locale, "segur.month.format")));
            return null;
        }
        return Months.parse(value);
    }
}
