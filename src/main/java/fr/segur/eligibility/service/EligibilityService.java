package fr.segur.eligibility.service;

import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.InvalidRequestException;
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

/** Checks a request, maps it to facts, runs the engine and renders the answer. */
@ApplicationScoped
public class EligibilityService {

    private final Evaluator evaluator;
    private final RequestChecker checker;
    private final FactsMapper facts;
    private final Clock clock;
    private final List<String> allRuleSets;

    EligibilityService(Evaluator evaluator, RuleCatalog catalog, Validator validator, Clock clock) {
        this.evaluator = evaluator;
        this.allRuleSets = catalog.book().ids();
        this.checker = new RequestChecker(validator, catalog.reference(), allRuleSets);
        this.facts = new FactsMapper(catalog.reference());
        this.clock = clock;
    }

    public EvaluationResponse evaluate(EvaluationRequest request, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        checker.constraints(request, "", locale, errors);
        checker.ruleSets(request.ruleSets(), "ruleSets", locale, errors);
        if (request.employee() != null) {
            checker.employee(request.employee(), "employee", locale, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        YearMonth month = request.month() == null ? YearMonth.now(clock) : YearMonth.parse(request.month());
        List<String> ruleSets = request.ruleSets() == null || request.ruleSets().isEmpty() ? allRuleSets : request.ruleSets();
        Evaluation evaluation = evaluator.evaluate(month, facts.toFacts(request.employee()), ruleSets);
        return ResponseMapper.toResponse(evaluation, request.employee().id(), locale);
    }
}
