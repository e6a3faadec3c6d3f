package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/** The establishment is (or is not) attached to a public health establishment or public EHPAD. */
public record AttachedToPublicHospital(boolean expected, VerdictMemo memo) implements Criterion {
    public AttachedToPublicHospital(boolean expected) {
        this(expected, new VerdictMemo());
    }

    @Override
    public String name() { return "attachedToPublicHospital"; }

    @Override
    public Verdict evaluate(CriterionContext c) {
        Boolean actual = c.facts().attachedToPublicHospital();
        Verdict known = memo.get(actual);
        return known != null ? known : memo.keep(actual, explain(actual));
    }

    private Verdict explain(Boolean actual) {
        String key = name() + (expected ? "" : "Not");
        if (actual == null) {
            return Verdict.unknown(FACT_ATTACHED, Criteria.finding(key, Truth.UNKNOWN, List.of(FACT_ATTACHED)));
        }
        boolean ok = actual == expected;
        return Verdict.known(ok, Criteria.finding(key, Truth.of(ok), List.of()));
    }

    @Override
    public Truth test(CriterionContext c) {
        Boolean actual = c.facts().attachedToPublicHospital();
        return actual == null ? Truth.UNKNOWN : Truth.of(actual == expected);
    }

    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
        missing.add(FACT_ATTACHED);
    }
}
