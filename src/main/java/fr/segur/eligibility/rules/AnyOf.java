package fr.segur.eligibility.rules;

import java.util.ArrayList;
import java.util.List;

/** At least one listed criterion holds. */
public record AnyOf(List<Criterion> criteria) implements Combination {

    @Override
    public String name() {
        return "anyOf";
    }

    @Override
    public Verdict evaluate(CriterionContext c) {
        List<Verdict> verdicts = new ArrayList<>(criteria.size());
        boolean anyTrue = false;
        boolean anyUnknown = false;
        for (Criterion criterion : criteria) {
            Verdict v = criterion.evaluate(c);
            verdicts.add(v);
            anyTrue |= v.truth() == Truth.TRUE;
            anyUnknown |= v.truth() == Truth.UNKNOWN;
        }
        Truth truth = anyTrue ? Truth.TRUE : anyUnknown ? Truth.UNKNOWN : Truth.FALSE;
        return Criteria.combine(truth, verdicts, truth == Truth.TRUE ? Criteria.earliestStart(verdicts) : null);
    }

    @Override
    public Truth test(CriterionContext c) {
        return Criteria.firstDecides(criteria, c, Truth.TRUE);
    }
}
