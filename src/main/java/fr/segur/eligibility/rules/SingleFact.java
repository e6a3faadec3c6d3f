package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/**
 * A criterion decided by one fact of the employee, undecided when the fact is missing; its explained verdicts are
 * memoised by value, since verdicts are immutable and the values few.
 */
sealed interface SingleFact<T> extends Criterion
        permits FactIn, JobCriterion, FundedByAny, AttachedToPublicHospital, MainActivityAccompaniment {

    /** The fact path a missing value is reported under. */
    String fact();

    /** Reads the value from the facts (null when the caller did not give it). */
    T read(EmployeeFacts facts);

    /** Whether a given value meets the criterion. */
    boolean holds(T value);

    /** The arguments of the finding's message for the value (null for a missing fact). */
    List<String> args(T value);

    /** The explained verdicts already built. */
    VerdictMemo memo();

    /** The name of the findings, which prefixes their message keys. */
    default String findingName() {
        return name();
    }

    /** What the memo keys a value by: the value itself unless a smaller key identifies it. */
    default Object memoKey(T value) {
        return value;
    }

    @Override
    default Verdict evaluate(CriterionContext c) {
        T value = read(c.facts());
        Object key = memoKey(value);
        Verdict known = memo().get(key);
        return known != null ? known : memo().keep(key, explain(value));
    }

    private Verdict explain(T value) {
        if (value == null) {
            return Verdict.unknown(fact(), Criteria.finding(findingName(), Truth.UNKNOWN, args(null)));
        }
        boolean holds = holds(value);
        return Verdict.known(holds, Criteria.finding(findingName(), Truth.of(holds), args(value)));
    }

    @Override
    default Truth test(CriterionContext c) {
        T value = read(c.facts());
        return value == null ? Truth.UNKNOWN : Truth.of(holds(value));
    }

    @Override
    default void addMissingFacts(CriterionContext c, Set<String> missing) {
        missing.add(fact());
    }
}
