package fr.segur.eligibility.variant;

import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.EvaluationResponse.Entitlement;
import fr.segur.eligibility.api.EvaluationResponse.RuleSetRef;
import fr.segur.eligibility.api.ScheduleResponse;
import fr.segur.eligibility.api.VariantView;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks answers computed under a variant as simulations, each on its own (so that one result cut out of a batch
 * still says so): the variant's head added, and no rule-set checksum, since the rules applied are no published file.
 */
public final class Simulations {

    private Simulations() {
    }

    /** The evaluation with the variant's mark, its entitlements' rule-set references without checksum. */
    public static EvaluationResponse mark(EvaluationResponse e, VariantView variant) {
        List<Entitlement> entitlements = null;
        if (e.entitlements() != null) {
            entitlements = new ArrayList<>(e.entitlements().size());
            for (Entitlement en : e.entitlements()) {
                entitlements.add(unpinned(en));
            }
        }
        return new EvaluationResponse(e.month(), e.employeeId(), e.status(), unpinned(e.entitlement()), entitlements,
                e.totalAmount(), e.justification(), e.decisions(), e.warnings(), e.missingFacts(), variant);
    }

    /** The batch result with its evaluation marked (an INVALID one too: it was asked under the variant). */
    public static BatchResult mark(BatchResult r, VariantView variant) {
        return new BatchResult(r.index(), r.line(), mark(r.evaluation(), variant), r.errors());
    }

    /** The schedule with the variant's mark (its months name versions, never checksums). */
    public static ScheduleResponse mark(ScheduleResponse s, VariantView variant) {
        return new ScheduleResponse(s.from(), s.to(), s.employeeId(), s.months(), s.totals(), variant);
    }

    private static Entitlement unpinned(Entitlement en) {
        if (en == null) {
            return null;
        }
        RuleSetRef ref = en.ruleSet();
        return new Entitlement(en.measure(), new RuleSetRef(ref.id(), ref.version(), null), en.fullTimeAmount(),
                en.workingTimeFactor(), en.monthFraction(), en.amount(), en.currency(), en.effectiveDate(),
                en.legalBasis(), en.calculation());
    }
}
