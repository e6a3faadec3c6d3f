package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluates measures for one employee and one month, remembering each verdict (measures refer to each other). */
final class MonthContext implements CriterionContext {

    private static final Verdict NOT_IN_FORCE = new Verdict(Truth.FALSE, List.of(), List.of(), null);

    private final RuleBook book;
    private final EmployeeFacts facts;
    private final YearMonth month;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Map<MeasureRef, Verdict> verdicts = new HashMap<>();

    MonthContext(RuleBook book, EmployeeFacts facts, YearMonth month) {
        this.book = book;
        this.facts = facts;
        this.month = month;
        this.firstDay = month.atDay(1);
        this.lastDay = month.atEndOfMonth();
    }

    @Override
    public EmployeeFacts facts() {
        return facts;
    }

    @Override
    public YearMonth month() {
        return month;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    RuleSetVersion versionOf(String ruleSetId) {
        return book.ruleSet(ruleSetId).versionOn(firstDay).orElse(null);
    }

    /** Whether the measure is in force at some day of the month. */
    boolean inForce(Measure measure) {
        return measure.inForceOn(lastDay);
    }

    @Override
    public Verdict eligibility(MeasureRef ref) {
        Verdict known = verdicts.get(ref);
        if (known != null) {
            return known;
        }
        RuleSetVersion version = versionOf(ref.ruleSet());
        Measure measure = version == null ? null : version.measure(ref.measure()).orElse(null);
        Verdict verdict = measure == null || !inForce(measure) ? NOT_IN_FORCE : measure.eligibility().evaluate(this);
        verdicts.put(ref, verdict);
        return verdict;
    }

    Verdict eligibility(String ruleSetId, Measure measure) {
        return eligibility(new MeasureRef(ruleSetId, measure.code()));
    }
}
