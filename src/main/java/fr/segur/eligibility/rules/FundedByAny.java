package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/** The establishment is funded, at least partly, by one of the listed funders. */
public record FundedByAny(Set<Funder> funders, String listed, VerdictMemo memo) implements Criterion {
    public FundedByAny(Set<Funder> funders) {
        this(funders, Criteria.list(funders), new VerdictMemo());
    }

    @Override
    public String name() { return "fundedBy"; }

    @Override
    public Verdict evaluate(CriterionContext c) {
        Set<Funder> actual = c.facts().fundedBy();
        Verdict known = memo.get(actual);
        return known != null ? known : memo.keep(actual, explain(actual));
    }

    private Verdict explain(Set<Funder> actual) {
        if (actual == null) {
            return Verdict.unknown(FACT_FUNDED_BY, Criteria.finding(name(), Truth.UNKNOWN, List.of(FACT_FUNDED_BY, listed)));
        }
        boolean any = actual.stream().anyMatch(funders::contains);
        return Verdict.known(any, Criteria.finding(name(), Truth.of(any), List.of(actual.isEmpty() ? "-" : Criteria.list(actual), listed)));
    }

    @Override
    public Truth test(CriterionContext c) {
        Set<Funder> actual = c.facts().fundedBy();
        if (actual == null) {
            return Truth.UNKNOWN;
        }
        for (Funder f : actual) {
            if (funders.contains(f)) {
                return Truth.TRUE;
            }
        }
        return Truth.FALSE;
    }

    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
        missing.add(FACT_FUNDED_BY);
    }
}
