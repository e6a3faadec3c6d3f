package fr.segur.eligibility.rules;

import fr.segur.eligibility.rules.Evaluation.Entitlement;
import fr.segur.eligibility.rules.Evaluation.Status;
import fr.segur.eligibility.rules.Evaluation.Warning;
import fr.segur.eligibility.rules.MonthPlan.MeasureInForce;
import fr.segur.eligibility.rules.Selections.Selection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine: for one employee and one month, finds the highest-priority principal measure of the requested rule
 * sets that the employee meets and every complementary measure met, computes their exact amounts and effective
 * dates, and explains every decision when asked. Measures are first decided on their truth alone, by priority,
 * stopping at the first that is not false; the explanation is built only for an answer that shows it (and for a
 * paid measure whose verdict carries a start date or a warning).
 */
public final class Evaluator {

    /** Months whose plan is kept: a century, far more than HR systems ask about; others are planned per call. */
    private static final int MAX_CACHED_PLANS = 1200;
    private static final Verdict MET = new Verdict(Truth.TRUE, List.of(), List.of(), null);
    private static final Warning TOTAL_MAY_BE_INCOMPLETE = new Warning("TOTAL_MAY_BE_INCOMPLETE",
            Message.of("warning.TOTAL_MAY_BE_INCOMPLETE"));

    private final RuleBook book;
    private final List<String> allIds;
    private final Selections selections;
    /** The first days of the months in which something changes, and the plan of the month before each. */
    private final LocalDate[] changeDays;
    private final MonthPlan[] beforeChange;
    /** The most measures any month can have in force: the size of a context that visits several months. */
    private final int maxSlots;
    private final Map<YearMonth, MonthPlan> plans = new ConcurrentHashMap<>();

    public Evaluator(RuleBook book) {
        this.book = book;
        this.allIds = book.ids();
        this.selections = new Selections(allIds);
        List<YearMonth> changes = book.changeMonths();
        this.changeDays = changes.stream().map(m -> m.atDay(1)).toArray(LocalDate[]::new);
        this.beforeChange = changes.stream().map(m -> new MonthPlan(book, m.minusMonths(1))).toArray(MonthPlan[]::new);
        this.maxSlots = book.ruleSets().stream()
                .mapToInt(rs -> rs.versions().stream().mapToInt(v -> v.measures().size()).max().orElse(0)).sum();
    }

    public RuleBook book() {
        return book;
    }

    /** A measure paid, with its verdict (explained, or its truth alone when nothing more is needed). */
    record Paid(MeasureInForce slot, Verdict verdict) {
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
        Selection requested = selections.select(requestedRuleSets);
        MonthContext context = new MonthContext(plan, facts);
        if (!employedIn(facts, plan)) {
            return Explainer.notEmployed(allIds, facts, requested, plan);
        }
        MeasureInForce decisive = decisive(context, requested);
        Truth truth = decisive == null ? Truth.FALSE : context.truth(decisive);
        List<Paid> paid = List.of();
        if (truth == Truth.TRUE) {
            paid = List.of(paid(decisive, context, explained));
        }
        boolean complementaryUnknown = false;
        // A complementary measure is due whenever its own conditions hold (segur-rules.md §6), whatever the
        // principal: with the principal undecided it is still listed, and the answer stays INDETERMINATE.
        for (MeasureInForce slot : plan.complementary()) {
            if (requested.has(slot)) {
                Truth t = context.truth(slot);
                if (t == Truth.TRUE) {
                    paid = with(paid, paid(slot, context, explained));
                }
                complementaryUnknown |= t == Truth.UNKNOWN;
            }
        }
        boolean principalUnknown = truth == Truth.UNKNOWN;
        Status status = principalUnknown ? Status.INDETERMINATE : !paid.isEmpty() ? Status.ELIGIBLE
                : complementaryUnknown ? Status.INDETERMINATE : Status.NOT_ELIGIBLE;
        List<Entitlement> entitlements = List.of();
        BigDecimal total = null;
        for (Paid p : paid) {
            Entitlement e = Pricing.entitlement(p.slot(), p.verdict(), context, effectiveDate(p, context, requested));
            entitlements = with(entitlements, e);
            total = total == null ? e.amount() : total.add(e.amount());
        }
        List<String> missing = status == Status.INDETERMINATE || complementaryUnknown
                ? missingFacts(context, requested) : List.of();
        List<Warning> warnings = warnings(paid, facts);
        if (complementaryUnknown && status == Status.ELIGIBLE || principalUnknown && !paid.isEmpty()) {
            warnings = new ArrayList<>(warnings);
            warnings.add(TOTAL_MAY_BE_INCOMPLETE);
        }
        warnings = Explainer.withConventionWarnings(entitlements, warnings);
        // With the principal undecided, no measure met is the principal one: only the list shows them.
        Paid principal = paid.isEmpty() || principalUnknown ? null : paid.get(0);
        return new Evaluation(month, status, principal == null ? null : entitlements.get(0), List.copyOf(entitlements), total,
                !explained ? List.of() : Explainer.justification(paid, entitlements),
                explained ? Explainer.decisions(book, context, requested, paid, decisive) : List.of(),
                List.copyOf(warnings), missing);
    }

    /** The list and one more item: one item, the usual answer, needs no growable list of its own. */
    private static <T> List<T> with(List<T> list, T item) {
        if (list.isEmpty()) {
            return List.of(item);
        }
        List<T> longer = new ArrayList<>(list.size() + 1);
        longer.addAll(list);
        longer.add(item);
        return longer;
    }

    private static Paid paid(MeasureInForce slot, MonthContext context, boolean explained) {
        boolean verdictNeeded = explained || slot.measure().eligibility().needsExplanationWhenPaid(context);
        return new Paid(slot, verdictNeeded ? context.verdict(slot) : MET);
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

    /** The first requested principal measure in force, by priority, that the employee does not fail: it decides. */
    private static MeasureInForce decisive(MonthContext context, Selection requested) {
        for (MeasureInForce slot : context.plan().byPriority()) {
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

    /**
     * First day of the uninterrupted run of months, ending with the evaluated month, in which the same measure
     * is paid; bounded below by the employment start and any personal start (non-signatory policy). Only the
     * months in which something changes need to be looked at, and in each only the measures' truth.
     */
    private LocalDate effectiveDate(Paid paid, MonthContext context, Selection requested) {
        int change = context.plan().lastChange();
        LocalDate runStart = change < 0 ? context.plan().firstDay() : changeDays[change];
        MonthContext earlier = null;
        // The month before the first change has nothing in force: the run cannot go further back.
        while (change > 0) {
            MonthPlan before = beforeChange[change];
            earlier = earlier == null ? new MonthContext(before, context.facts(), maxSlots) : earlier.moveTo(before);
            if (!paysSame(paid.slot(), earlier, requested)) {
                break;
            }
            change--;
            runStart = changeDays[change];
        }
        return latest(runStart, context.facts().employmentStart(), paid.verdict().notBefore(),
                paid.slot().measure().from());
    }

    /** Whether the measure is also paid in the earlier month: as the principal one, or as a complementary one met. */
    private static boolean paysSame(MeasureInForce paid, MonthContext earlier, Selection requested) {
        if (paid.measure().complementary()) {
            MeasureInForce same = earlier.plan().slot(new MeasureRef(paid.ruleSet(), paid.measure().code()));
            return same != null && earlier.truth(same) == Truth.TRUE;
        }
        MeasureInForce decisive = decisive(earlier, requested);
        return decisive != null && earlier.truth(decisive) == Truth.TRUE
                && decisive.ruleSet().equals(paid.ruleSet())
                && decisive.measure().code().equals(paid.measure().code());
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
        addMissingFacts(context, requested, context.plan().byPriority(), missing);
        addMissingFacts(context, requested, context.plan().complementary(), missing);
        return List.copyOf(missing);
    }

    private static void addMissingFacts(MonthContext context, Selection requested, MeasureInForce[] slots,
                                        Set<String> missing) {
        for (MeasureInForce slot : slots) {
            if (requested.has(slot) && context.truth(slot) == Truth.UNKNOWN) {
                slot.measure().eligibility().addMissingFacts(context, missing);
            }
        }
    }

    /** The warnings of each paid measure's findings, then those of its pricing (local parameters, disputes, pay rate). */
    private static List<Warning> warnings(List<Paid> paid, EmployeeFacts facts) {
        if (paid.size() == 1 && paid.get(0).verdict().findings().isEmpty() && !Pricing.ninetyNotInForce(facts, paid.get(0).slot())) {
            return paid.get(0).slot().pricedFor(facts).warnings();
        }
        List<Warning> warnings = new ArrayList<>(2);
        for (Paid p : paid) {
            for (Finding f : p.verdict().findings()) {
                if (f.warningCode() != null) {
                    warnings.add(new Warning(f.warningCode(), new Message("warning." + f.warningCode(), f.message().args())));
                }
            }
            for (Warning w : p.slot().pricedFor(facts).warnings()) {
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
            if (Pricing.ninetyNotInForce(facts, p.slot())) {
                warnings.add(new Warning("PAY_RATE_NINETY_NOT_IN_FORCE", Message.of("warning.PAY_RATE_NINETY_NOT_IN_FORCE",
                        p.slot().measure().code(), p.slot().version().version())));
            }
        }
        return warnings;
    }
}
