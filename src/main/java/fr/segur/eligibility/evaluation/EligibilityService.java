package fr.segur.eligibility.evaluation;

import fr.segur.eligibility.mapping.FactsMapper;
import fr.segur.eligibility.mapping.ResponseMapper;
import fr.segur.eligibility.api.Bounds;
import fr.segur.eligibility.validation.ConstraintChecks;
import fr.segur.eligibility.validation.Months;
import fr.segur.eligibility.validation.RequestChecker;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.validation.InvalidRequestException;
import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.rules.Evaluation;
import fr.segur.eligibility.rules.Evaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks requests, maps them to facts, runs the engine and renders the answers: the one path shared by single
 * evaluations, batches (JSON, NDJSON, CSV) and schedules.
 */
@ApplicationScoped
public class EligibilityService {

    private final Evaluator evaluator;
    private final RequestChecker checker;
    private final ConstraintChecks constraints;
    private final FactsMapper facts;
    private final Clock clock;
    private final List<String> allRuleSets;
    private final EvaluationMetrics metrics;

    public EligibilityService(Evaluator evaluator, RuleCatalog catalog, Clock clock, EvaluationMetrics metrics,
                              Validator validator) {
        this.metrics = metrics;
        this.constraints = new ConstraintChecks(validator);
        this.evaluator = evaluator;
        this.allRuleSets = catalog.book().ids();
        this.checker = new RequestChecker(catalog.reference(), allRuleSets);
        this.facts = new FactsMapper(catalog.reference());
        this.clock = clock;
    }

    /** One evaluation answered at the given level of detail. */
    public EvaluationResponse evaluate(EvaluationRequest request, Locale locale, Detail detail) {
        List<FieldError> errors = check(request, "", locale);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return evaluateChecked(month(request.month()), ruleSets(request.ruleSets()), request.employee(), locale, detail);
    }

    /** Every problem of a single-evaluation request, with paths prefixed by {@code prefix}. */
    public List<FieldError> check(EvaluationRequest request, String prefix, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        constraints.check(request, prefix, locale, errors);
        // A single evaluation has no prefix: its paths are constants, not built per request.
        boolean top = prefix.isEmpty();
        checker.ruleSets(request.ruleSets(), top ? "ruleSets" : prefix + "ruleSets", locale, errors);
        if (request.employee() != null) {
            checker.employee(request.employee(), top ? "employee" : prefix + "employee", locale, errors);
        }
        return errors;
    }

    /** Every problem of the month and rule sets shared by a batch. */
    public void checkEnvelope(String monthField, String month, List<String> ruleSets, Locale locale, List<FieldError> errors) {
        if (month != null && !Months.isMonth(month)) {
            errors.add(new FieldError(monthField, fr.segur.eligibility.i18n.Messages.render(locale, "segur.month.format")));
        }
        // A batch's rule sets have the bound of a single request's (the annotation of EvaluationRequest.ruleSets).
        if (ruleSets != null && ruleSets.size() > Bounds.MAX_LIST) {
            errors.add(new FieldError("ruleSets", fr.segur.eligibility.i18n.Messages.render(locale, "segur.ruleSets.size")));
        }
        checkRuleSets(ruleSets, locale, errors);
    }

    /** Every unknown rule-set id, named {@code ruleSets[i]}. */
    public void checkRuleSets(List<String> ruleSets, Locale locale, List<FieldError> errors) {
        checker.ruleSets(ruleSets, "ruleSets", locale, errors);
    }

    /** Every problem of one employee whose JSON path is {@code path} (e.g. {@code employees[3]}). */
    public List<FieldError> checkEmployee(Employee employee, String path, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        constraints.check(employee, path + ".", locale, errors);
        checker.employee(employee, path, locale, errors);
        return errors;
    }

    public EvaluationResponse evaluateChecked(YearMonth month, List<String> ruleSets, Employee employee, Locale locale) {
        return evaluateChecked(month, ruleSets, employee, locale, Detail.FULL);
    }

    public EvaluationResponse evaluateChecked(YearMonth month, List<String> ruleSets, Employee employee, Locale locale,
                                              Detail detail) {
        return answer(month, ruleSets, employee, locale, detail).response();
    }

    /** The engine's evaluation and its rendering, for callers that compute with the amounts (the schedule). */
    public record Answer(Evaluation evaluation, EvaluationResponse response) {
    }

    /** As {@link #evaluateChecked}, keeping the engine's evaluation (exact amounts) next to the answer. */
    public Answer answerChecked(YearMonth month, List<String> ruleSets, Employee employee, Locale locale, Detail detail) {
        return answer(month, ruleSets, employee, locale, detail);
    }

    private Answer answer(YearMonth month, List<String> ruleSets, Employee employee, Locale locale, Detail detail) {
        long start = System.nanoTime();
        Evaluation evaluation = evaluator.evaluate(month, facts.toFacts(employee), ruleSets, detail == Detail.FULL);
        Evaluation.Entitlement paid = evaluation.entitlement();
        metrics.answered(paid == null ? null : paid.version().ruleSetId(), paid == null ? null : paid.measure().code(),
                evaluation.status().name(), System.nanoTime() - start);
        return new Answer(evaluation, ResponseMapper.toResponse(evaluation, employee.id(), locale, detail));
    }

    /** The month asked for, or the current month in Europe/Paris. */
    public YearMonth month(String month) {
        return month == null ? YearMonth.now(clock) : Months.parse(month);
    }

    /** The rule sets asked for, or all of them. */
    public List<String> ruleSets(List<String> ruleSets) {
        return ruleSets == null || ruleSets.isEmpty() ? allRuleSets : ruleSets;
    }
}
