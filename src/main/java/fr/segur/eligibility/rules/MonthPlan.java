package fr.segur.eligibility.rules;

import fr.segur.eligibility.rules.Evaluation.MeasureDecision;
import fr.segur.eligibility.rules.Evaluation.MeasureOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rule book says for one month, whoever the employee: the version of each rule set, the measures in
 * force by priority with their full-time amounts, and the measures still to come. Built once per month and
 * shared by every evaluation of that month, so that an evaluation only looks at the employee's facts.
 */
final class MonthPlan {

    /** A measure in force this month, with everything about it that does not depend on the employee. */
    record Slot(int index, int ruleSetIndex, String ruleSet, RuleSetVersion version, Measure measure,
                Fraction fullTime, BigDecimal fullTimeCents, Message fullTimeMessage, Set<String> flatRateFamilies,
                List<Message> fullMonthFullTimeCalculation, List<Evaluation.Warning> parameterWarnings) {
    }

    private final YearMonth month;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final RuleSetVersion[] versions;
    /** Per rule set, aligned with its version's measures: the slot of each measure, null when not in force yet. */
    private final Slot[][] slotsByRuleSet;
    private final Slot[] byPriority;
    /** The index, in the book's change months, of the latest not after this month; -1 when there is none. */
    private final int lastChange;
    private final Map<MeasureRef, Slot> byRef = new HashMap<>();
    private final List<List<MeasureDecision>> futureMeasures = new ArrayList<>();

    MonthPlan(RuleBook book, YearMonth month) {
        this.month = month;
        this.firstDay = month.atDay(1);
        this.lastDay = month.atEndOfMonth();
        List<RuleSet> ruleSets = book.ruleSets();
        this.versions = new RuleSetVersion[ruleSets.size()];
        this.slotsByRuleSet = new Slot[ruleSets.size()][];
        List<Slot> slots = new ArrayList<>();
        for (int r = 0; r < ruleSets.size(); r++) {
            RuleSet rs = ruleSets.get(r);
            RuleSetVersion version = rs.versionOn(firstDay).orElse(null);
            versions[r] = version;
            List<Measure> measures = version == null ? List.of() : version.measures();
            slotsByRuleSet[r] = new Slot[measures.size()];
            for (int m = 0; m < measures.size(); m++) {
                Measure measure = measures.get(m);
                if (measure.inForceOn(lastDay)) {
                    Slot slot = slot(slots.size(), r, rs.id(), version, measure, book.pointValues());
                    slots.add(slot);
                    slotsByRuleSet[r][m] = slot;
                    byRef.put(new MeasureRef(rs.id(), measure.code()), slot);
                }
            }
            futureMeasures.add(futureMeasures(rs, version));
        }
        // A stable sort: equal priorities keep the book's order of rule sets and measures.
        slots.sort(Comparator.comparingInt(s -> s.measure().priority()));
        this.byPriority = slots.toArray(Slot[]::new);
        int change = -1;
        List<YearMonth> changes = book.changeMonths();
        while (change + 1 < changes.size() && !changes.get(change + 1).isAfter(month)) {
            change++;
        }
        this.lastChange = change;
    }

    private Slot slot(int index, int ruleSetIndex, String ruleSet, RuleSetVersion version, Measure measure,
                      PointValues pointValues) {
        Parameter families = version.parameters().get("flatRateFamilies");
        Fraction fullTime = null;
        Message message = null;
        // A month the point table does not cover fails only if the measure is paid (the entitlement says why).
        if (!(measure.amount() instanceof Amount.Points) || pointValues.covers(month)) {
            fullTime = measure.amount().fullTime(pointValues, month);
            message = fullTimeMessage(measure.amount(), fullTime, pointValues);
        }
        BigDecimal cents = fullTime == null ? null : fullTime.toCents();
        // The calculation of the usual answer, a full-time employee paid the whole month, is the same for everyone.
        List<Message> usual = fullTime == null ? null : List.of(message, ProRata.FULL_TIME.explanation(),
                Message.of("calculation.total", cents.toPlainString()));
        return new Slot(index, ruleSetIndex, ruleSet, version, measure, fullTime, cents, message,
                families == null ? Set.of() : Set.of(families.value().split(",\\s*")), usual,
                measure.localParameters().isEmpty() ? List.of() : List.of(new Evaluation.Warning("LOCAL_PARAMETER",
                        Message.of("warning.LOCAL_PARAMETER", measure.code(), String.join(", ", measure.localParameters())))));
    }

    private Message fullTimeMessage(Amount amount, Fraction fullTime, PointValues pointValues) {
        if (amount instanceof Amount.Points p) {
            PointValues.Row row = pointValues.rowFor(month);
            return Message.of("calculation.points", p.points().toPlainString(),
                    pointValues.monthlyPointValue(month).round(6).toPlainString(), row.from(), row.reference(),
                    fullTime.round(6).toPlainString());
        }
        return Message.of("calculation.euros", fullTime.toCents().toPlainString());
    }

    /** Measures that later versions of the rule set introduce: not in force yet, with their start date. */
    private List<MeasureDecision> futureMeasures(RuleSet rs, RuleSetVersion current) {
        List<MeasureDecision> future = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (current != null) {
            current.measures().forEach(m -> seen.add(m.code()));
        }
        for (RuleSetVersion v : rs.versions()) {
            if (!v.effectiveFrom().isAfter(firstDay)) {
                continue;
            }
            for (Measure m : v.measures()) {
                if (seen.add(m.code())) {
                    LocalDate start = m.from() != null && m.from().isAfter(v.effectiveFrom()) ? m.from() : v.effectiveFrom();
                    future.add(new MeasureDecision(m.code(), MeasureOutcome.NOT_IN_FORCE,
                            List.of(Message.of("decision.startsOn", start))));
                }
            }
        }
        return List.copyOf(future);
    }

    YearMonth month() {
        return month;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /** The version of the rule set (by its index in the book) in force on the first day, or null. */
    RuleSetVersion version(int ruleSetIndex) {
        return versions[ruleSetIndex];
    }

    /** The slot of the version's {@code position}-th measure, or null when that measure is not in force yet. */
    Slot slot(int ruleSetIndex, int position) {
        return slotsByRuleSet[ruleSetIndex][position];
    }

    /** The slot of a referenced measure, or null when it is not in force this month. */
    Slot slot(MeasureRef ref) {
        return byRef.get(ref);
    }

    int slotCount() {
        return byPriority.length;
    }

    /** Every measure in force, lowest priority number (the one that wins) first; not to be modified. */
    Slot[] byPriority() {
        return byPriority;
    }

    /** The index, in {@link RuleBook#changeMonths()}, of the latest change not after this month; -1 when none. */
    int lastChange() {
        return lastChange;
    }

    List<MeasureDecision> futureMeasures(int ruleSetIndex) {
        return futureMeasures.get(ruleSetIndex);
    }
}
