package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every listed criterion holds. */
public record AllOf(List<Criterion> criteria) implements Combination {

    @Override
    public String name() {
        return "allOf";
    }

    @Override
    public Verdict evaluate(CriterionContext c) {
        List<Verdict> verdicts = new ArrayList<>(criteria.size());
        boolean anyFalse = false;
        boolean anyUnknown = false;
        LocalDate notBefore = null;
        for (Criterion criterion : criteria) {
            Verdict v = criterion.evaluate(c);
            verdicts.add(v);
            anyFalse |= v.truth() == Truth.FALSE;
            anyUnknown |= v.truth() == Truth.UNKNOWN;
            if (v.notBefore() != null && (notBefore == null || v.notBefore().isAfter(notBefore))) {
                notBefore = v.notBefore();
            }
        }
        Truth truth = anyFalse ? Truth.FALSE : anyUnknown ? Truth.UNKNOWN : Truth.TRUE;
        return Criteria.combine(truth, verdicts, truth == Truth.FALSE ? null : notBefore);
    }

    @Override
    public Truth test(CriterionContext c) {
        return Criteria.firstDecides(criteria, c, Truth.FALSE);
    }
}
