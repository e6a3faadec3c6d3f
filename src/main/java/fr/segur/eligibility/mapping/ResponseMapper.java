package fr.segur.eligibility.mapping;

import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.rules.Evaluation;
import fr.segur.eligibility.rules.LegalReference;
import fr.segur.eligibility.rules.Message;
import fr.segur.eligibility.rules.RuleSetVersion;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders the engine's evaluation as the API response, in the caller's language. */
public final class ResponseMapper {

    /** Beyond this many months, rule-set versions or legal bases (the rule data has a few dozen) each answer builds its own. */
    private static final int MAX_CACHED = 1024;
    /** The views of a version and of a measure's legal basis are the same for every answer: built once each. */
    private static final Map<String, EvaluationResponse.RuleSetRef> REFS = new ConcurrentHashMap<>();
    private static final Map<List<LegalReference>, List<EvaluationResponse.LegalReferenceView>> BASES = new ConcurrentHashMap<>();
    private static final Map<YearMonth, String> MONTHS = new ConcurrentHashMap<>();

    private ResponseMapper() {
    }

    /** The answer; at {@link Detail#SUMMARY} the justification and decisions are neither rendered nor written. */
    public static EvaluationResponse toResponse(Evaluation e, String employeeId, Locale locale, Detail detail) {
        boolean full = detail == Detail.FULL;
        EvaluationResponse.Entitlement principal = entitlement(e.entitlement(), locale);
        return new EvaluationResponse(
                month(e.month()),
                employeeId,
                e.status().name(),
                principal,
                entitlements(e.entitlements(), principal, locale),
                e.totalAmount() == null ? null : e.totalAmount().toPlainString(),
                full ? justification(e.justification(), locale) : null,
                full ? decisions(e.decisions(), locale) : null,
                warnings(e.warnings(), locale),
                e.missingFacts());
    }

    private static EvaluationResponse.Entitlement entitlement(Evaluation.Entitlement en, Locale locale) {
        if (en == null) {
            return null;
        }
        return new EvaluationResponse.Entitlement(
                en.measure().code(),
                ruleSetRef(en.version()),
                en.fullTimeCents().toPlainString(),
                en.workingTimeFactor().toDisplay(),
                en.monthFraction().toDisplay(),
                en.amount().toPlainString(),
                "EUR",
                en.effectiveDate().toString(),
                sharedLegalBasis(en.measure().legalBasis()),
                rendered(en.calculation(), locale));
    }

    /** The month as the API writes it, kept: bulk answers are mostly of one month. */
    private static String month(YearMonth month) {
        String text = MONTHS.get(month);
        if (text == null) {
            text = month.toString();
            if (MONTHS.size() < MAX_CACHED) {
                MONTHS.putIfAbsent(month, text);
            }
        }
        return text;
    }

    /** The version's view, kept by checksum (one per version file). */
    private static EvaluationResponse.RuleSetRef ruleSetRef(RuleSetVersion v) {
        EvaluationResponse.RuleSetRef ref = REFS.get(v.checksum());
        if (ref != null && ref.id().equals(v.ruleSetId()) && ref.version().equals(v.version())) {
            return ref;
        }
        ref = new EvaluationResponse.RuleSetRef(v.ruleSetId(), v.version(), v.checksum());
        if (REFS.size() < MAX_CACHED) {
            REFS.put(v.checksum(), ref);
        }
        return ref;
    }

    /** The measure's legal basis as views, immutable and shared by every answer that pays the measure. */
    private static List<EvaluationResponse.LegalReferenceView> sharedLegalBasis(List<LegalReference> refs) {
        List<EvaluationResponse.LegalReferenceView> views = BASES.get(refs);
        if (views == null) {
            views = List.copyOf(legalBasis(refs));
            if (BASES.size() < MAX_CACHED) {
                BASES.putIfAbsent(refs, views);
            }
        }
        return views;
    }

    /** Every entitlement, the principal one (already rendered) first; without a principal (undecided), all rendered here. */
    private static List<EvaluationResponse.Entitlement> entitlements(List<Evaluation.Entitlement> all,
                                                                     EvaluationResponse.Entitlement principal, Locale locale) {
        if (all.isEmpty()) {
            return List.of();
        }
        if (all.size() == 1 && principal != null) {
            return List.of(principal);
        }
        List<EvaluationResponse.Entitlement> rendered = new ArrayList<>(all.size());
        if (principal != null) {
            rendered.add(principal);
        }
        for (int i = principal == null ? 0 : 1; i < all.size(); i++) {
            rendered.add(entitlement(all.get(i), locale));
        }
        return rendered;
    }

    static List<EvaluationResponse.LegalReferenceView> legalBasis(List<LegalReference> refs) {
        List<EvaluationResponse.LegalReferenceView> views = new ArrayList<>(refs.size());
        for (LegalReference r : refs) {
            views.add(new EvaluationResponse.LegalReferenceView(r.title(), r.reference(), r.url()));
        }
        return views;
    }

    private static List<EvaluationResponse.JustificationLine> justification(List<Evaluation.Justification> lines,
                                                                            Locale locale) {
        List<EvaluationResponse.JustificationLine> rendered = new ArrayList<>(lines.size());
        for (Evaluation.Justification j : lines) {
            rendered.add(new EvaluationResponse.JustificationLine(j.ruleSet(), j.measure(), j.outcome().name(),
                    j.criterion(), Messages.render(locale, j.message())));
        }
        return rendered;
    }

    private static List<EvaluationResponse.Warning> warnings(List<Evaluation.Warning> warnings, Locale locale) {
        List<EvaluationResponse.Warning> rendered = new ArrayList<>(warnings.size());
        for (Evaluation.Warning w : warnings) {
            rendered.add(new EvaluationResponse.Warning(w.code(), Messages.render(locale, w.message())));
        }
        return rendered;
    }

    private static List<EvaluationResponse.RuleSetDecision> decisions(List<Evaluation.RuleSetDecision> decisions,
                                                                      Locale locale) {
        List<EvaluationResponse.RuleSetDecision> rendered = new ArrayList<>(decisions.size());
        for (Evaluation.RuleSetDecision d : decisions) {
            rendered.add(decision(d, locale));
        }
        return rendered;
    }

    /** Each reason said once: the rule set's own reasons here, each measure's under its measure. */
    private static EvaluationResponse.RuleSetDecision decision(Evaluation.RuleSetDecision d, Locale locale) {
        List<String> reasons = rendered(d.reasons(), locale);
        List<EvaluationResponse.MeasureDecision> measures = new ArrayList<>(d.measures().size());
        for (Evaluation.MeasureDecision m : d.measures()) {
            measures.add(new EvaluationResponse.MeasureDecision(m.measure(), m.outcome().name(), rendered(m.reasons(), locale)));
        }
        return new EvaluationResponse.RuleSetDecision(d.ruleSet(), d.version() == null ? null : d.version().version().toString(),
                d.status().name(), reasons, measures);
    }

    private static List<String> rendered(List<Message> messages, Locale locale) {
        List<String> texts = new ArrayList<>(messages.size() + 4);
        for (Message m : messages) {
            texts.add(Messages.render(locale, m));
        }
        return texts;
    }
}
