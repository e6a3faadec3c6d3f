package fr.segur.eligibility.rules;

import java.util.Set;
import fr.segur.eligibility.rules.MonthPlan.MeasureInForce;
import java.time.YearMonth;
import java.util.List;

/**
 * Evaluates measures for one employee and one month, remembering each outcome (measures refer to each other):
 * the truth alone on the fast path, the explained verdict when the answer shows it.
 */
final class MonthContext implements CriterionContext {

    private static final Verdict NOT_IN_FORCE = new Verdict(Truth.FALSE, List.of(), List.of(), null);

    private MonthPlan plan;
    private final EmployeeFacts facts;
    private final Truth[] truths;
    private Verdict[] verdicts;

    MonthContext(MonthPlan plan, EmployeeFacts facts) {
        this(plan, facts, plan.slotCount());
    }

    /** A context able to visit any month whose plan has at most {@code capacity} measures in force. */
    MonthContext(MonthPlan plan, EmployeeFacts facts, int capacity) {
        this.plan = plan;
        this.facts = facts;
        this.truths = new Truth[capacity];
    }

    /** Moves to another month, forgetting every outcome: the effective-date walk visits months with one context. */
    MonthContext moveTo(MonthPlan other) {
        java.util.Arrays.fill(truths, null);
        verdicts = null;
        plan = other;
        return this;
    }

    @Override
    public EmployeeFacts facts() {
        return facts;
    }

    @Override
    public YearMonth month() {
        return plan.month();
    }

    MonthPlan plan() {
        return plan;
    }

    /** Whether the employee meets the measure, without building the explanation. */
    Truth truth(MeasureInForce slot) {
        Truth known = truths[slot.index()];
        if (known == null) {
            known = slot.measure().eligibility().test(this);
            truths[slot.index()] = known;
        }
        return known;
    }

    /** The explained verdict of a measure in force. */
    Verdict verdict(MeasureInForce slot) {
        if (verdicts == null) {
            verdicts = new Verdict[truths.length];
        }
        Verdict known = verdicts[slot.index()];
        if (known == null) {
            known = slot.measure().eligibility().evaluate(this);
            verdicts[slot.index()] = known;
        }
        return known;
    }

    @Override
    public Verdict eligibility(MeasureRef ref) {
        MeasureInForce slot = plan.slot(ref);
        return slot == null ? NOT_IN_FORCE : verdict(slot);
    }

    @Override
    public void addMissingFacts(MeasureRef ref, Set<String> missing) {
        MeasureInForce slot = plan.slot(ref);
        if (slot != null) {
            slot.measure().eligibility().addMissingFacts(this, missing);
        }
    }

    @Override
    public Truth truth(MeasureRef ref) {
        MeasureInForce slot = plan.slot(ref);
        return slot == null ? Truth.FALSE : truth(slot);
    }
}
