package fr.segur.eligibility.rules;

import fr.segur.eligibility.rules.Evaluation.DecisionStatus;
import fr.segur.eligibility.rules.Evaluation.Entitlement;
import fr.segur.eligibility.rules.Evaluation.Justification;
import fr.segur.eligibility.rules.Evaluation.LineOutcome;
import fr.segur.eligibility.rules.Evaluation.MeasureDecision;
import fr.segur.eligibility.rules.Evaluation.MeasureOutcome;
import fr.segur.eligibility.rules.Evaluation.RuleSetDecision;
import fr.segur.eligibility.rules.Evaluation.Status;
import fr.segur.eligibility.rules.Evaluation.Warning;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine: for one employee and one month, evaluates every measure of the rule-set versions in force,
 * pays at most one (the highest-priority measure met), computes its exact amount and effective date,
 * and explains every decision.
 */
public final class Evaluator {

    private final RuleBook book;

    private final List<String> allIds;
    /** The flat-rate families of each version, parsed once from the parameter string. */
    private final Map<RuleSetVersion, Set<String>> flatRateFamilies = new IdentityHashMap<>();

    public Evaluator(RuleBook book) {
        this.book = book;
        this.allIds = book.ids();
        for (RuleSet rs : book.ruleSets()) {
            for (RuleSetVersion v : rs.versions()) {
                Parameter p = v.parameters().get("flatRateFamilies");
                flatRateFamilies.put(v, p == null ? Set.of() : Set.of(p.value().split(",\\s*")));
            }
        }
    }

    public RuleBook book() {
        return book;
    }

    /** A measure of a requested rule set, with its verdict this month. */
    private record Candidate(String ruleSet, RuleSetVersion version, Measure measure, Verdict verdict) {
    }

    public Evaluation evaluate(YearMonth month, EmployeeFacts facts, Collection<String> requestedRuleSets) {
        return evaluate(month, facts, requestedRuleSets, true);
    }

    /**
     * The same; without {@code explained}, the justification and the decisions are left empty (not built), for
     * answers that do not show them.
     */
    public Evaluation evaluate(YearMonth month, EmployeeFacts facts, Collection<String> requestedRuleSets,
                               boolean explained) {
        MonthContext context = new MonthContext(book, facts, month);
        List<String> requested = requested(requestedRuleSets);
        if (!employedIn(facts, context)) {
            return notEmployed(month, facts, requested, context);
        }
        List<Candidate> candidates = candidates(context, requested);
        Candidate decisive = candidates.stream()
                .filter(c -> c.verdict().truth() != Truth.FALSE)
                .findFirst().orElse(null);
        Status status = decisive == null ? Status.NOT_ELIGIBLE
                : decisive.verdict().truth() == Truth.TRUE ? Status.ELIGIBLE : Status.INDETERMINATE;
        Candidate winner = status == Status.ELIGIBLE ? decisive : null;

        Entitlement entitlement = winner == null ? null : entitlement(winner, context, requested);
        List<String> missing = status == Status.INDETERMINATE ? missingFacts(candidates) : List.of();
        return new Evaluation(month, status, entitlement,
                winner == null || !explained ? List.of() : justification(winner),
                explained ? decisions(context, requested, candidates, winner, decisive) : List.of(),
                winner == null ? List.of() : warnings(winner),
                missing);
    }

    /** The requested rule sets in the book's order (the book's own list when all are requested, the usual case). */
    private List<String> requested(Collection<String> requestedRuleSets) {
        if (requestedRuleSets.size() == allIds.size() && requestedRuleSets.containsAll(allIds)) {
            return allIds;
        }
        List<String> requested = new ArrayList<>(allIds.size());
        for (String id : allIds) {
            if (requestedRuleSets.contains(id)) {
                requested.add(id);
            }
        }
        return requested;
    }

    /** The measures of the requested rule sets in force this month, by priority (lowest first). */
    private List<Candidate> candidates(MonthContext context, List<String> requested) {
        List<Candidate> candidates = new ArrayList<>();
        for (String id : requested) {
            RuleSetVersion version = context.versionOf(id);
            if (version == null) {
                continue;
            }
            for (Measure m : version.measures()) {
                if (context.inForce(m)) {
                    candidates.add(new Candidate(id, version, m, context.eligibility(id, m)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(c -> c.measure().priority()));
        return candidates;
    }

    private static boolean employedIn(EmployeeFacts facts, MonthContext context) {
        return (facts.employmentStart() == null || !facts.employmentStart().isAfter(context.lastDay()))
                && (facts.employmentEnd() == null || !facts.employmentEnd().isBefore(context.firstDay()));
    }

    private Entitlement entitlement(Candidate winner, MonthContext context, List<String> requested) {
        Measure measure = winner.measure();
        RuleSetVersion version = winner.version();
        PayRules rules = version.payRules();
        EmployeeFacts facts = context.facts();
        YearMonth month = context.month();
        List<Message> calculation = new ArrayList<>();

        Fraction fullTime = measure.amount().fullTime(book.pointValues(), month);
        calculation.add(fullTimeMessage(measure.amount(), fullTime, month));

        ProRata.Factor workingTime = ProRata.workingTime(measure.payScheme(), facts, rules,
                flatRateFamilies.getOrDefault(version, Set.of()));
        calculation.add(workingTime.explanation());
        Fraction factor = workingTime.value();
        if (facts.payRate() == PayRate.HALF) {
            factor = factor.times(Fraction.of(rules.halfPayFactor()));
            calculation.add(Message.of("calculation.halfPay", rules.halfPayFactor().toPlainString()));
        }

        LocalDate first = latest(context.firstDay(), facts.employmentStart(), winner.verdict().notBefore(), measure.from());
        LocalDate last = facts.employmentEnd() == null || facts.employmentEnd().isAfter(context.lastDay())
                ? context.lastDay() : facts.employmentEnd();
        Fraction monthFraction = Fraction.ONE;
        if (first.isAfter(last)) {
            monthFraction = Fraction.ZERO;
        } else if (!first.equals(context.firstDay()) || !last.equals(context.lastDay())) {
            PartialMonthRule rule = rules.partialMonth(measure.payScheme());
            monthFraction = rule.fraction(month, first, last);
            calculation.add(Message.of("calculation.partialMonth." + rule.name(), first, last,
                    monthFraction.numerator().toPlainString(), monthFraction.denominator().toPlainString()));
        }

        Fraction exact = fullTime.times(factor).times(monthFraction);
        var amount = exact.toCents();
        calculation.add(Message.of("calculation.total", amount.toPlainString()));
        LocalDate effective = effectiveDate(winner, context, requested);
        return new Entitlement(measure, version, fullTime, factor, monthFraction, amount, effective, List.copyOf(calculation));
    }

    private Message fullTimeMessage(Amount amount, Fraction fullTime, YearMonth month) {
        if (amount instanceof Amount.Points p) {
            PointValues.Row row = book.pointValues().rowFor(month);
            return Message.of("calculation.points", p.points().toPlainString(),
                    book.pointValues().monthlyPointValue(month).round(6).toPlainString(), row.from(), row.reference(),
                    fullTime.round(6).toPlainString());
        }
        return Message.of("calculation.euros", fullTime.toCents().toPlainString());
    }

    /**
     * First day of the uninterrupted run of months, ending with the evaluated month, in which the same measure
     * is paid; bounded below by the employment start and any personal start (non-signatory policy).
     */
    private LocalDate effectiveDate(Candidate winner, MonthContext context, List<String> requested) {
        YearMonth runStart = book.lastChangeNotAfter(context.month());
        if (runStart == null) {
            runStart = context.month();
        }
        while (true) {
            YearMonth before = runStart.minusMonths(1);
            YearMonth change = book.lastChangeNotAfter(before);
            if (change == null || !paysSame(winner, new MonthContext(book, context.facts(), before), requested)) {
                break;
            }
            runStart = change;
        }
        return latest(runStart.atDay(1), context.facts().employmentStart(), winner.verdict().notBefore(),
                winner.measure().from());
    }

    /**
     * Whether the winner's measure is also the one paid in the earlier month. Measures are tried by priority and
     * only until the first one that is not FALSE: usually the winner itself, so the walk back costs one
     * measure's eligibility per earlier version instead of every measure's.
     */
    private boolean paysSame(Candidate winner, MonthContext earlier, List<String> requested) {
        for (MeasureInForce m : inForceByPriority(earlier, requested)) {
            Verdict v = earlier.eligibility(m.ruleSet(), m.measure());
            if (v.truth() != Truth.FALSE) {
                return v.truth() == Truth.TRUE && m.ruleSet().equals(winner.ruleSet())
                        && m.measure().code().equals(winner.measure().code());
            }
        }
        return false;
    }

    /** A measure of a requested rule set in force in a month, not evaluated yet. */
    private record MeasureInForce(String ruleSet, Measure measure) {
    }

    private static List<MeasureInForce> inForceByPriority(MonthContext context, List<String> requested) {
        List<MeasureInForce> measures = new ArrayList<>();
        for (String id : requested) {
            RuleSetVersion version = context.versionOf(id);
            if (version != null) {
                for (Measure m : version.measures()) {
                    if (context.inForce(m)) {
                        measures.add(new MeasureInForce(id, m));
                    }
                }
            }
        }
        measures.sort(Comparator.comparingInt(m -> m.measure().priority()));
        return measures;
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate result = first;
        for (LocalDate d : others) {
            if (d != null && d.isAfter(result)) {
                result = d;
            }
        }
        return result;
    }

    private static List<String> missingFacts(List<Candidate> candidates) {
        Set<String> missing = new TreeSet<>();
        candidates.stream().filter(c -> c.verdict().truth() == Truth.UNKNOWN)
                .forEach(c -> missing.addAll(c.verdict().missingFacts()));
        return List.copyOf(missing);
    }

    private static List<Justification> justification(Candidate winner) {
        List<Justification> lines = new ArrayList<>();
        for (Finding f : winner.verdict().findings()) {
            lines.add(new Justification(winner.ruleSet(), winner.measure().code(), LineOutcome.MET, f.criterion(),
                    new Message(f.messageKey(), f.args())));
        }
        for (String name : winner.measure().localParameters()) {
            Parameter p = winner.version().parameters().get(name);
            lines.add(new Justification(winner.ruleSet(), winner.measure().code(), LineOutcome.INFO, "parameter",
                    Message.of("justification.localParameter", p.name(), p.value(), p.description())));
        }
        return List.copyOf(lines);
    }

    private static List<Warning> warnings(Candidate winner) {
        List<Warning> warnings = new ArrayList<>();
        winner.verdict().findings().stream().filter(f -> f.warningCode() != null).forEach(f ->
                warnings.add(new Warning(f.warningCode(), new Message("warning." + f.warningCode(), f.args()))));
        if (!winner.measure().localParameters().isEmpty()) {
            warnings.add(new Warning("LOCAL_PARAMETER", Message.of("warning.LOCAL_PARAMETER",
                    winner.measure().code(), String.join(", ", winner.measure().localParameters()))));
        }
        return List.copyOf(warnings);
    }

    private List<RuleSetDecision> decisions(MonthContext context, List<String> requested, List<Candidate> candidates,
                                            Candidate winner, Candidate decisive) {
        List<RuleSetDecision> decisions = new ArrayList<>();
        for (String id : requested) {
            RuleSetVersion version = context.versionOf(id);
            if (version == null) {
                decisions.add(new RuleSetDecision(id, null, DecisionStatus.NOT_ELIGIBLE,
                        List.of(Message.of("decision.noVersion", context.month(), book.firstVersionDate(id))),
                        futureMeasures(id, null, context)));
                continue;
            }
            List<MeasureDecision> measures = new ArrayList<>();
            for (Measure m : version.measures()) {
                measures.add(measureDecision(id, m, context, candidates, winner, decisive));
            }
            measures.addAll(futureMeasures(id, version, context));
            decisions.add(new RuleSetDecision(id, version, ruleSetStatus(id, measures, winner),
                    List.of(), List.copyOf(measures)));
        }
        return List.copyOf(decisions);
    }

    private MeasureDecision measureDecision(String id, Measure m, MonthContext context, List<Candidate> candidates,
                                            Candidate winner, Candidate decisive) {
        if (!context.inForce(m)) {
            return new MeasureDecision(m.code(), MeasureOutcome.NOT_IN_FORCE, List.of(Message.of("decision.startsOn", m.from())));
        }
        Candidate c = candidates.stream().filter(x -> x.ruleSet().equals(id) && x.measure() == m).findFirst().orElseThrow();
        Verdict v = c.verdict();
        List<Message> findings = v.findings().stream()
                .filter(f -> f.truth() == v.truth())
                .map(f -> new Message(f.messageKey(), f.args())).toList();
        return switch (v.truth()) {
            case FALSE -> new MeasureDecision(m.code(), MeasureOutcome.NOT_MET, findings);
            case UNKNOWN -> new MeasureDecision(m.code(), MeasureOutcome.UNKNOWN, findings);
            case TRUE -> {
                if (c == winner) {
                    yield new MeasureDecision(m.code(), MeasureOutcome.MET, List.of(Message.of("decision.paid")));
                }
                if (winner != null) {
                    yield new MeasureDecision(m.code(), MeasureOutcome.NOT_APPLICABLE, List.of(Message.of(
                            "decision.alreadyCovered", winner.measure().code(), winner.ruleSet())));
                }
                yield new MeasureDecision(m.code(), MeasureOutcome.MET, List.of(Message.of(
                        "decision.higherPriorityUnknown", decisive.measure().code(), decisive.ruleSet())));
            }
        };
    }

    /** Measures that later versions of the rule set introduce: not in force yet, with their start date. */
    private List<MeasureDecision> futureMeasures(String id, RuleSetVersion current, MonthContext context) {
        List<MeasureDecision> future = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        if (current != null) {
            current.measures().forEach(m -> seen.add(m.code()));
        }
        for (RuleSetVersion v : book.ruleSet(id).versions()) {
            if (!v.effectiveFrom().isAfter(context.firstDay())) {
                continue;
            }
            for (Measure m : v.measures()) {
                if (seen.add(m.code())) {
                    future.add(new MeasureDecision(m.code(), MeasureOutcome.NOT_IN_FORCE,
                            List.of(Message.of("decision.startsOn", latest(v.effectiveFrom(), m.from())))));
                }
            }
        }
        return future;
    }

    private static DecisionStatus ruleSetStatus(String id, List<MeasureDecision> measures, Candidate winner) {
        if (winner != null && winner.ruleSet().equals(id)) {
            return DecisionStatus.ELIGIBLE;
        }
        if (measures.stream().anyMatch(m -> m.outcome() == MeasureOutcome.NOT_APPLICABLE)) {
            return DecisionStatus.NOT_APPLICABLE;
        }
        if (measures.stream().anyMatch(m -> m.outcome() == MeasureOutcome.UNKNOWN || m.outcome() == MeasureOutcome.MET)) {
            return DecisionStatus.INDETERMINATE;
        }
        return DecisionStatus.NOT_ELIGIBLE;
    }

    private Evaluation notEmployed(YearMonth month, EmployeeFacts facts, List<String> requested, MonthContext context) {
        Message reason = Message.of("decision.notEmployed", month,
                facts.employmentStart() == null ? "-" : facts.employmentStart(),
                facts.employmentEnd() == null ? "-" : facts.employmentEnd());
        List<RuleSetDecision> decisions = requested.stream()
                .map(id -> new RuleSetDecision(id, context.versionOf(id), DecisionStatus.NOT_ELIGIBLE, List.of(reason), List.of()))
                .toList();
        return new Evaluation(month, Status.NOT_ELIGIBLE, null, List.of(), decisions, List.of(), List.of());
    }
}
