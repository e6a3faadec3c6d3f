package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/** The establishment is funded, at least partly, by one of the listed funders. */
public record FundedByAny(Set<Funder> funders, String listed, VerdictMemo memo) implements SingleFact<Set<Funder>> {

    public FundedByAny(Set<Funder> funders) {
        this(funders, Criteria.list(funders), new VerdictMemo());
    }

    @Override
    public String name() {
        return "fundedBy";
    }

    @Override
    public String fact() {
        return FACT_FUNDED_BY;
    }

    @Override
    public Set<Funder> read(EmployeeFacts facts) {
        return facts.fundedBy();
    }

    /** A loop rather than a stream: this is the engine's fast path. */
    @Override
    public boolean holds(Set<Funder> actual) {
        for (Funder f : actual) {
            if (funders.contains(f)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> args(Set<Funder> actual) {
        return List.of(actual == null ? FACT_FUNDED_BY : actual.isEmpty() ? "-" : Criteria.list(actual), listed);
    }
}
