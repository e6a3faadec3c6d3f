package fr.segur.eligibility.rules;

import fr.segur.eligibility.rules.Evaluation.Entitlement;
import fr.segur.eligibility.rules.Evaluation.Status;
import fr.segur.eligibility.rules.Evaluation.Warning;
import fr.segur.eligibility.rules.MonthPlan.Slot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine: for one employee and one month, finds the highest-priority measure of the requested rule sets
 * that the employee meets, computes its exact amount and effective date, and explains every decision when asked.
 * Measures are first decided on their truth alone, by priority, stopping at the first that is not false; the
 * explanation is built only for an answer that shows it (and for a paid measure whose verdict carries a start
 * date or a warning).
 */
public final class Evaluator {

    /** Months whose plan is kept: a century, far more than HR systems ask about; others are planned per call. */
    private static final int MAX_CACHED_PLANS = 1200;
    /** Up to this many rule sets, every selection of them is built once (2^10 of them). */
    private static final int MAX_SELECTION_BITS = 10;
    private static final Verdict MET = new Verdict(Truth.TRUE, List.of(), List.of(), null);

    private final RuleBook book;
    private final List<String> allIds;
    private final Selection all;
    /** Every selection of rule sets, by the bits of its members, when the book has few enough rule sets. */
    private final Selection[] selections;
    /** The first days of the months in which something changes, and the plan of the month before each. */
    private final LocalDate[] changeDays;
    private final MonthPlan[] beforeChange;
    /** The most measures any month can have in force: the size of a context that visits several months. */
    private final int maxSlots;
    private final Map<YearMonth, MonthPlan> plans = new ConcurrentHashMap<>();

    public Evaluator(RuleBook book) {
        this.book = book;
        this.allIds = book.ids();
        boolean[] mask = new boolean[allIds.size()];
        Arrays.fill(mask, true);
        this.all = new Selection(allIds, mask);
        this.selections = allIds.size() > MAX_SELECTION_BITS ? null : new Selection[1 << allIds.size()];
        if (selections != null) {
            for (int bits = 0; bits < selections.length; bits++) {
                selections[bits] = selection(bits);
            }
        }
        List<YearMonth> changes = book.changeMonths();
        this.changeDays = changes.stream().map(m -> m.atDay(1)).toArray(LocalDate[]::new);
        this.beforeChange = changes.stream().map(m -> new MonthPlan(book, m.minusMonths(1))).toArray(MonthPlan[]::new);
        this.maxSlots = book.ruleSets().stream()
                .mapToInt(rs -> rs.versions().stream().mapToInt(v -> v.measures().size()).max().orElse(0)).sum();
    }

    public RuleBook book() {
        return book;
    }

    /** The requested rule sets in the book's order, with a flag per rule set of the book. */
    record Selection(List<String> ids, boolean[] mask) {
        boolean has(Slot slot) {
            return mask[slot.ruleSetIndex()];
        }
    }

    /** The measure paid, with its verdict (explained, or its truth alone when nothing more is needed). */
    record Paid(Slot slot, Verdict verdict) {
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
        MonthPlan plan = plan(month);
        Selection requested = select(requestedRuleSets);
        MonthContext context = new MonthContext(plan, facts);
        if (!employedIn(facts, plan)) {
            return Explainer.notEmployed(allIds, facts, requested, plan);
        }
        Slot decisive = decisive(context, requested);
        Truth truth = decisive == null ? Truth.FALSE : context.truth(decisive);
        Status status = truth == Truth.FALSE ? Status.NOT_ELIGIBLE
                : truth == Truth.TRUE ? Status.ELIGIBLE : Status.INDETERMINATE;
        Paid winner = null;
        if (status == Status.ELIGIBLE) {
            boolean verdictNeeded = explained || decisive.measure().eligibility().qualifies(context);
            winner = new Paid(decisive, verdictNeeded ? context.verdict(decisive) : MET);
        }

        Entitlement entitlement = winner == null ? null : entitlement(winner, context, requested);
        List<String> missing = status == Status.INDETERMINATE ? missingFacts(context, requested) : List.of();
        return new Evaluation(month, status, entitlement,
                winner == null || !explained ? List.of() : Explainer.justification(winner),
                explained ? Explainer.decisions(book, context, requested, winner, decisive) : List.of(),
                winner == null ? List.of() : warnings(winner),
                missing);
    }

    /** The plan of the month, shared by every evaluation of that month. */
    private MonthPlan plan(YearMonth month) {
        MonthPlan plan = plans.get(month);
        if (plan == null) {
            plan = new MonthPlan(book, month);
            if (plans.size() < MAX_CACHED_PLANS) {
                plans.putIfAbsent(month, plan);
            }
        }
        return plan;
    }

    /** The requested rule sets (the book's own selection when all are requested, the usual case). */
    private Selection select(Collection<String> requestedRuleSets) {
        if (requestedRuleSets == allIds) {
            return all;
        }
        if (selections == null) {
            return selection(requestedRuleSets);
        }
        int bits = 0;
        for (int i = 0; i < allIds.size(); i++) {
            if (requestedRuleSets.contains(allIds.get(i))) {
                bits |= 1 << i;
            }
        }
        return selections[bits];
    }

    private Selection selection(int bits) {
        List<String> ids = new ArrayList<>(allIds.size());
        for (int i = 0; i < allIds.size(); i++) {
            if ((bits & (1 << i)) != 0) {
                ids.add(allIds.get(i));
            }
        }
        return selection(ids);
    }

    private Selection selection(Collection<String> requestedRuleSets) {
        List<String> ids = new ArrayList<>(allIds.size());
        boolean[] mask = new boolean[allIds.size()];
        for (int i = 0; i < allIds.size(); i++) {
            if (requestedRuleSets.contains(allIds.get(i))) {
                ids.add(allIds.get(i));
                mask[i] = true;
            }
        }
        return new Selection(List.copyOf(ids), mask);
    }

    /** The first requested measure in force, by priority, that the employee does not fail: it decides the answer. */
    private static Slot decisive(MonthContext context, Selection requested) {
        for (Slot slot : context.plan().byPriority()) {
            if (requested.has(slot) && context.truth(slot) != Truth.FALSE) {
                return slot;
            }
        }
        return null;
    }

    private static boolean employedIn(EmployeeFacts facts, MonthPlan plan) {
        return (facts.employmentStart() == null || !facts.employmentStart().isAfter(plan.lastDay()))
                && (facts.employmentEnd() == null || !facts.employmentEnd().isBefore(plan.firstDay()));
    }

    private Entitlement entitlement(Paid winner, MonthContext context, Selection requested) {
        Slot slot = winner.slot();
        Measure measure = slot.measure();
        PayRules rules = slot.version().payRules();
        EmployeeFacts facts = context.facts();
        MonthPlan plan = context.plan();
        Fraction fullTime = slot.fullTime();
        if (fullTime == null) {
            throw new IllegalStateException("no point d'indice value in force in " + plan.month());
        }
        ProRata.Factor workingTime = ProRata.workingTime(measure.payScheme(), facts, rules, slot.flatRateFamilies());
        LocalDate first = latest(plan.firstDay(), facts.employmentStart(), winner.verdict().notBefore(), measure.from());
        LocalDate last = facts.employmentEnd() == null || facts.employmentEnd().isAfter(plan.lastDay())
                ? plan.lastDay() : facts.employmentEnd();
        if (workingTime == ProRata.FULL_TIME && facts.payRate() != PayRate.HALF
                && first.equals(plan.firstDay()) && last.equals(plan.lastDay())) {
            return new Entitlement(measure, slot.version(), fullTime, slot.fullTimeCents(), Fraction.ONE, Fraction.ONE,
                    slot.fullTimeCents(), effectiveDate(winner, context, requested), slot.fullMonthFullTimeCalculation());
        }

        List<Message> calculation = new ArrayList<>(5);
        calculation.add(slot.fullTimeMessage());
        calculation.add(workingTime.explanation());
        Fraction factor = workingTime.value();
        if (facts.payRate() == PayRate.HALF) {
            factor = factor.times(Fraction.of(rules.halfPayFactor()));
            calculation.add(Message.of("calculation.halfPay", rules.halfPayFactor().toPlainString()));
        }

        Fraction monthFraction = Fraction.ONE;
        if (first.isAfter(last)) {
            monthFraction = Fraction.ZERO;
        } else if (!first.equals(plan.firstDay()) || !last.equals(plan.lastDay())) {
            PartialMonthRule rule = rules.partialMonth(measure.payScheme());
            monthFraction = rule.fraction(plan.month(), first, last);
            calculation.add(Message.of("calculation.partialMonth." + rule.name(), first, last,
                    monthFraction.numerator().toPlainString(), monthFraction.denominator().toPlainString()));
        }

        BigDecimal amount = fullTime.times(factor).times(monthFraction).toCents();
        calculation.add(Message.of("calculation.total", amount.toPlainString()));
        LocalDate effective = effectiveDate(winner, context, requested);
        return new Entitlement(measure, slot.version(), fullTime, slot.fullTimeCents(), factor, monthFraction, amount, effective,
                List.copyOf(calculation));
    }

    /**
     * First day of the uninterrupted run of months, ending with the evaluated month, in which the same measure
     * is paid; bounded below by the employment start and any personal start (non-signatory policy). Only the
     * months in which something changes need to be looked at, and in each only the measures' truth.
     */
    private LocalDate effectiveDate(Paid winner, MonthContext context, Selection requested) {
        int change = context.plan().lastChange();
        LocalDate runStart = change < 0 ? context.plan().firstDay() : changeDays[change];
        MonthContext earlier = null;
        // The month before the first change has nothing in force: the run cannot go further back.
        while (change > 0) {
            MonthPlan before = beforeChange[change];
            earlier = earlier == null ? new MonthContext(before, context.facts(), maxSlots) : earlier.moveTo(before);
            if (!paysSame(winner.slot(), earlier, requested)) {
                break;
            }
            change--;
            runStart = changeDays[change];
        }
        return latest(runStart, context.facts().employmentStart(), winner.verdict().notBefore(),
                winner.slot().measure().from());
    }

    /** Whether the winner's measure is also the one paid in the earlier month. */
    private static boolean paysSame(Slot winner, MonthContext earlier, Selection requested) {
        Slot decisive = decisive(earlier, requested);
        return decisive != null && earlier.truth(decisive) == Truth.TRUE
                && decisive.ruleSet().equals(winner.ruleSet())
                && decisive.measure().code().equals(winner.measure().code());
    }

    static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate result = first;
        for (LocalDate d : others) {
            if (d != null && d.isAfter(result)) {
                result = d;
            }
        }
        return result;
    }

    /** The facts whose absence leaves a requested measure in force undecided. */
    private static List<String> missingFacts(MonthContext context, Selection requested) {
        Set<String> missing = new TreeSet<>();
        for (Slot slot : context.plan().byPriority()) {
            if (requested.has(slot) && context.truth(slot) == Truth.UNKNOWN) {
                slot.measure().eligibility().addMissingFacts(context, missing);
            }
        }
        return List.copyOf(missing);
    }

    /** The warnings of the paid measure's findings, then the plan's warning on its local parameters, if any. */
    private static List<Warning> warnings(Paid winner) {
        List<Warning> warnings = null;
        for (Finding f : winner.verdict().findings()) {
            if (f.warningCode() != null) {
                warnings = warnings == null ? new ArrayList<>(2) : warnings;
                warnings.add(new Warning(f.warningCode(), new Message("warning." + f.warningCode(), f.message().args())));
            }
        }
        if (warnings == null) {
            return winner.slot().parameterWarnings();
        }
        warnings.addAll(winner.slot().parameterWarnings());
        return List.copyOf(warnings);
    }
}
