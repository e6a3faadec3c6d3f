package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/** The employee's main activity is accompaniment (socio-educational measures; defaults to true). */
public record MainActivityAccompaniment(VerdictMemo memo) implements Criterion {
    public MainActivityAccompaniment() {
        this(new VerdictMemo());
    }

    @Override
    public String name() { return "mainActivityAccompaniment"; }

    @Override
    public Verdict evaluate(CriterionContext c) {
        boolean ok = c.facts().mainActivityAccompaniment();
        Verdict known = memo.get(ok);
        return known != null ? known : memo.keep(ok, Verdict.known(ok, Criteria.finding(name(), Truth.of(ok), List.of())));
    }

    @Override
    public Truth test(CriterionContext c) {
        return Truth.of(c.facts().mainActivityAccompaniment());
    }

    /** Never undecided: the fact defaults to true. */
    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
    }
}
