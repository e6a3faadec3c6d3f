package fr.segur.eligibility.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The employee is eligible to none of the listed measures in the same month (no double payment). */
public record NotEligibleTo(List<MeasureRef> measures) implements Criterion {

    @Override
    public String name() {
        return "notEligibleTo";
    }

    @Override
    public List<MeasureRef> references() {
        return measures;
    }

    @Override
    public Verdict evaluate(CriterionContext c) {
        List<String> unknown = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (MeasureRef ref : measures) {
            Verdict v = c.eligibility(ref);
            if (v.truth() == Truth.TRUE) {
                return Verdict.known(false, Criteria.finding(name(), Truth.FALSE, List.of(ref.measure(), ref.ruleSet())));
            }
            if (v.truth() == Truth.UNKNOWN) {
                unknown.add(ref.measure());
                missing.addAll(v.missingFacts());
            }
        }
        if (!unknown.isEmpty()) {
            return new Verdict(Truth.UNKNOWN, List.copyOf(missing),
                    List.of(Criteria.finding(name(), Truth.UNKNOWN, List.of(String.join(", ", unknown)))), null);
        }
        List<String> codes = measures.stream().map(MeasureRef::measure).toList();
        return Verdict.known(true, Criteria.finding(name(), Truth.TRUE, List.of(String.join(", ", codes))));
    }

    @Override
    public Truth test(CriterionContext c) {
        boolean anyUnknown = false;
        for (int i = 0; i < measures.size(); i++) {
            Truth t = c.truth(measures.get(i));
            if (t == Truth.TRUE) {
                return Truth.FALSE;
            }
            anyUnknown |= t == Truth.UNKNOWN;
        }
        return anyUnknown ? Truth.UNKNOWN : Truth.TRUE;
    }

    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
        for (int i = 0; i < measures.size(); i++) {
            if (c.truth(measures.get(i)) == Truth.UNKNOWN) {
                c.addMissingFacts(measures.get(i), missing);
            }
        }
    }
}
