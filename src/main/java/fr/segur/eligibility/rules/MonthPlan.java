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

    /**
     * A measure in force this month, with everything about it that does not depend on the employee; an amount set
     * by employer text is priced once per IDCC it names ({@code pricedByIdcc}), {@code priced} for the others.
     */
    record MeasureInForce(int index, int ruleSetIndex, String ruleSet, RuleSetVersion version, Measure measure,
                                    Priced priced, Map<Integer, Priced> pricedByIdcc, Set<String> flatRateFamilies) {

        /** The full-time pricing for the employee's employer. */
        Priced pricedFor(EmployeeFacts facts) {
            if (pricedByIdcc.isEmpty() || facts.idcc() == null) {
                return priced;
            }
            Priced p = pricedByIdcc.get(facts.idcc());
            return p == null ? priced : p;
        }
    }

    /**
     * The full-time amount of a measure this month (null when the point table does not cover it), its explanation,
     * the calculation of the usual answer (full time, whole month) and the warnings every payment of it carries.
     */
    record Priced(Fraction fullTime, BigDecimal cents, Message message, List<Message> usualCalculation,
                  List<Evaluation.Warning> warnings) {
    }

    private final YearMonth month;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final RuleSetVersion[] versions;
    /** Per rule set, aligned with its version's measures: the slot of each measure, null when not in force yet. */
    private final MeasureInForce[][] slotsByRuleSet;
    private final MeasureInForce[] byPriority;
    /** The complementary measures in force, paid on top of the principal one; they never compete. */
    private final MeasureInForce[] complementary;
    private final int slotCount;
    /** The index, in the book's change months, of the latest not after this month; -1 when there is none. */
    private final int lastChange;
    private final Map<MeasureRef, MeasureInForce> byRef = new HashMap<>();
    private final List<List<MeasureDecision>> futureMeasures = new ArrayList<>();

    MonthPlan(RuleBook book, YearMonth month) {
        this.month = month;
        this.firstDay = month.atDay(1);
        this.lastDay = month.atEndOfMonth();
        List<RuleSet> ruleSets = book.ruleSets();
        this.versions = new RuleSetVersion[ruleSets.size()];
        this.slotsByRuleSet = new MeasureInForce[ruleSets.size()][];
        List<MeasureInForce> slots = new ArrayList<>();
        for (int r = 0; r < ruleSets.size(); r++) {
            RuleSet rs = ruleSets.get(r);
            RuleSetVersion version = rs.versionOn(firstDay).orElse(null);
            versions[r] = version;
            List<Measure> measures = version == null ? List.of() : version.measures();
            slotsByRuleSet[r] = new MeasureInForce[measures.size()];
            for (int m = 0; m < measures.size(); m++) {
                Measure measure = measures.get(m);
                if (measure.inForceOn(lastDay)) {
                    MeasureInForce slot = slot(slots.size(), r, rs.id(), version, measure, book.pointValues());
                    slots.add(slot);
                    slotsByRuleSet[r][m] = slot;
                    byRef.put(new MeasureRef(rs.id(), measure.code()), slot);
                }
            }
            futureMeasures.add(futureMeasures(rs, version));
        }
        // A stable sort: equal priorities keep the book's order of rule sets and measures.
        slots.sort(Comparator.comparingInt(s -> s.measure().priority()));
        this.slotCount = slots.size();
        this.byPriority = slots.stream().filter(s -> !s.measure().complementary()).toArray(MeasureInForce[]::new);
        this.complementary = slots.stream().filter(s -> s.measure().complementary()).toArray(MeasureInForce[]::new);
        int change = -1;
        List<YearMonth> changes = book.changeMonths();
        while (change + 1 < changes.size() && !changes.get(change + 1).isAfter(month)) {
            change++;
        }
        this.lastChange = change;
    }

    private MeasureInForce slot(int index, int ruleSetIndex, String ruleSet, RuleSetVersion version, Measure measure,
                      PointValues pointValues) {
        Parameter families = version.parameters().get("flatRateFamilies");
        List<Evaluation.Warning> parameterWarnings = measure.localParameters().isEmpty() ? List.of()
                : List.of(new Evaluation.Warning("LOCAL_PARAMETER", Message.of("warning.LOCAL_PARAMETER", measure.code(),
                        String.join(", ", measure.localParameters()))));
        Priced priced;
        Map<Integer, Priced> byIdcc = Map.of();
        if (measure.amount() instanceof Amount.ByEmployerText texts) {
            priced = priced(measure, texts.otherwise(), parameterWarnings);
            byIdcc = new HashMap<>();
            for (Amount.EmployerText t : texts.byIdcc().values()) {
                byIdcc.put(t.idcc(), priced(measure, t, parameterWarnings));
            }
            byIdcc = Map.copyOf(byIdcc);
        } else if (!(measure.amount() instanceof Amount.Points) || pointValues.covers(month)) {
            // A month the point table does not cover fails only if the measure is paid (the entitlement says why).
            Fraction fullTime = measure.amount().fullTime(pointValues, month);
            priced = priced(fullTime, fullTimeMessage(measure.amount(), fullTime, pointValues), parameterWarnings);
        } else {
            priced = new Priced(null, null, null, null, parameterWarnings);
        }
        return new MeasureInForce(index, ruleSetIndex, ruleSet, version, measure, priced, byIdcc,
                families == null ? Set.of() : Set.of(families.value().split(",\\s*")));
    }

    private static Priced priced(Fraction fullTime, Message message, List<Evaluation.Warning> warnings) {
        BigDecimal cents = fullTime.toCents();
        // The calculation of the usual answer, a full-time employee paid the whole month, is the same for everyone.
        return new Priced(fullTime, cents, message, List.of(message, ProRata.FULL_TIME.explanation(),
                Message.of("calculation.total", cents.toPlainString())), warnings);
    }

    /** The amount one employer text sets this month, the text named in the calculation, and its warnings. */
    private Priced priced(Measure measure, Amount.EmployerText text, List<Evaluation.Warning> parameterWarnings) {
        Fraction fullTime = Fraction.of(text.stepOn(firstDay).euros());
        String cents = fullTime.toCents().toPlainString();
        Message message = text.local()
                ? Message.of("calculation.employerTextAssumed", cents, text.text())
                : Message.of("calculation.employerText", cents, text.text(), text.idcc());
        List<Evaluation.Warning> warnings = new ArrayList<>(parameterWarnings);
        if (text.local()) {
            warnings.add(new Evaluation.Warning("LOCAL_PARAMETER",
                    Message.of("warning.EMPLOYER_TEXT_ASSUMED", measure.code(), text.text())));
        }
        if (text.disputedIn(month)) {
            Amount.Step last = text.steps().get(text.steps().size() - 1);
            warnings.add(new Evaluation.Warning("SECOND_STEP_DATE_DISPUTED", Message.of("warning.SECOND_STEP_DATE_DISPUTED",
                    measure.code(), text.text(), last.from(), last.euros().toPlainString(), text.disputedFrom())));
        }
        return priced(fullTime, message, List.copyOf(warnings));
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
            // A superseded version never applies: its revision says what is to come.
            if (!v.effectiveFrom().isAfter(firstDay) || v.supersededBy() != null) {
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
    MeasureInForce slot(int ruleSetIndex, int position) {
        return slotsByRuleSet[ruleSetIndex][position];
    }

    /** The slot of a referenced measure, or null when it is not in force this month. */
    MeasureInForce slot(MeasureRef ref) {
        return byRef.get(ref);
    }

    int slotCount() {
        return slotCount;
    }

    /** The complementary measures in force, by priority; not to be modified. */
    MeasureInForce[] complementary() {
        return complementary;
    }

    /** Every principal measure in force, lowest priority number (the one that wins) first; not to be modified. */
    MeasureInForce[] byPriority() {
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
