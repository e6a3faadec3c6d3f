package fr.segur.eligibility.rules;

import java.util.Set;
import java.time.YearMonth;

/** What a criterion may look at: the employee's facts, the evaluated month, and other measures' eligibility. */
public interface CriterionContext {

    EmployeeFacts facts();

    YearMonth month();

    /** Whether the employee meets the given measure in this month (FALSE when it is not in force). */
    Verdict eligibility(MeasureRef measure);

    /** The truth of {@link #eligibility} alone, without building its explanation. */
    Truth truth(MeasureRef measure);

    /** Adds the facts whose absence leaves the measure undecided (see {@link Criterion#addMissingFacts}). */
    void addMissingFacts(MeasureRef measure, Set<String> missing);
}
