package fr.segur.eligibility.service;

import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.Messages;
import fr.segur.eligibility.rules.Evaluation;
import fr.segur.eligibility.rules.LegalReference;
import fr.segur.eligibility.rules.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders the engine's evaluation as the API response, in the caller's language. */
final class ResponseMapper {

    private ResponseMapper() {
    }

    /** The answer; at {@link Detail#SUMMARY} the justification and decisions are neither rendered nor written. */
    static EvaluationResponse toResponse(Evaluation e, String employeeId, Locale locale, Detail detail) {
        boolean full = detail == Detail.FULL;
        return new EvaluationResponse(
                e.month().toString(),
                employeeId,
                e.status().name(),
                entitlement(e.entitlement(), locale),
                !full ? null : e.justification().stream().map(j -> new EvaluationResponse.JustificationLine(j.ruleSet(), j.measure(),
                        j.outcome().name(), j.criterion(), Messages.render(locale, j.message()))).toList(),
                !full ? null : e.decisions().stream().map(d -> decision(d, locale)).toList(),
                e.warnings().stream().map(w -> new EvaluationResponse.Warning(w.code(), Messages.render(locale, w.message()))).toList(),
                e.missingFacts());
    }

    private static EvaluationResponse.Entitlement entitlement(Evaluation.Entitlement en, Locale locale) {
        if (en == null) {
            return null;
        }
        return new EvaluationResponse.Entitlement(
                en.measure().code(),
                new EvaluationResponse.RuleSetRef(en.version().ruleSetId(), en.version().version().toString(), en.version().checksum()),
                en.fullTimeAmount().toCents().toPlainString(),
                en.workingTimeFactor().toDisplay(),
                en.monthFraction().toDisplay(),
                en.amount().toPlainString(),
                "EUR",
                en.effectiveDate().toString(),
                legalBasis(en.measure().legalBasis()),
                en.calculation().stream().map(m -> Messages.render(locale, m)).toList());
    }

    static List<EvaluationResponse.LegalReferenceView> legalBasis(List<LegalReference> refs) {
        return refs.stream().map(r -> new EvaluationResponse.LegalReferenceView(r.title(), r.reference(), r.url())).toList();
    }

    private static EvaluationResponse.RuleSetDecision decision(Evaluation.RuleSetDecision d, Locale locale) {
        List<String> reasons = new ArrayList<>();
        d.reasons().forEach(r -> reasons.add(Messages.render(locale, r)));
        List<EvaluationResponse.MeasureDecision> measures = new ArrayList<>();
        for (Evaluation.MeasureDecision m : d.measures()) {
            List<String> rendered = m.reasons().stream().map(r -> Messages.render(locale, r)).toList();
            measures.add(new EvaluationResponse.MeasureDecision(m.measure(), m.outcome().name(), rendered));
            if (m.outcome() != Evaluation.MeasureOutcome.MET) {
                rendered.forEach(r -> reasons.add(Messages.render(locale, new Message("decision.measureReason", List.of(m.measure(), r)))));
            }
        }
        return new EvaluationResponse.RuleSetDecision(d.ruleSet(), d.version() == null ? null : d.version().version().toString(),
                d.status().name(), reasons, measures);
    }
}
