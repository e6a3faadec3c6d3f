package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/**
 * The closed vocabulary of eligibility criteria that rule files may name. Each criterion evaluates
 * itself against an employee's facts in three-valued logic and explains its outcome.
 */
public sealed interface Criterion permits SingleFact, BranchMember, NonSignatoryStart, NotEligibleTo,
        Combination, Not {

    String FACT_SECTOR = "employee.sector";
    String FACT_JOB = "employee.jobCode";
    String FACT_ESTABLISHMENT = "employee.establishmentType";
    String FACT_FUNDED_BY = "employee.fundedBy";
    String FACT_ATTACHED = "employee.attachedToPublicHospital";
    String FACT_IDCC = "employee.employer.idcc";
    String FACT_BASS_BRANCH = "employee.employer.bassBranch";

    /** The key that names this criterion in rule files. */
    String name();

    /** The outcome with its explanation. */
    Verdict evaluate(CriterionContext context);

    /** The truth of {@link #evaluate} alone, without building the explanation: the engine's fast path. */
    Truth test(CriterionContext context);

    /**
     * Adds the facts whose absence leaves this criterion undecided, as {@link #evaluate}'s verdict lists them;
     * called only when {@link #test} is UNKNOWN.
     */
    void addMissingFacts(CriterionContext context, Set<String> missing);

    /**
     * Whether, for this employee, a verdict of this criterion may carry more than its truth (a personal start date
     * or a warning), so that a measure it decides must be evaluated with its explanation when it is paid.
     */
    default boolean needsExplanationWhenPaid(CriterionContext context) {
        return false;
    }

    /** The measures this criterion refers to (to check references and cycles at load time). */
    default List<MeasureRef> references() {
        return List.of();
    }
}
