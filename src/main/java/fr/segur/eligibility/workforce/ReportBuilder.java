package fr.segur.eligibility.workforce;

import fr.segur.eligibility.variant.Variants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds employees up into a report as they are run, keeping only sums: cents by month for each group of employees
 * sharing a cost scheme and funders, counts by measure and by reason not covered. Memory depends on the range and
 * the number of distinct groups, never on the number of employees; every figure is rounded once, at the end.
 */
final class ReportBuilder {

    /** At most this many invalid employees are listed (all are counted). */
    static final int MAX_LISTED_INVALID = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Employees sharing a cost scheme and funders: their due by month and what they were paid. */
    private static final class Group {
        final EmployerCost.Scheme scheme;
        final Map<String, BigDecimal> shares;
        final long[] due;
        long paid;

        Group(EmployerCost.Scheme scheme, Map<String, BigDecimal> shares, int months) {
            this.scheme = scheme;
            this.shares = shares;
            this.due = new long[months];
        }
    }

    private final WorkforceRun run;
    private final EmployerCost cost;
    private final int months;
    private final Map<String, Group> groups = new HashMap<>();
    private final int[] headcount;
    private final BigDecimal[] fte;
    private final Map<String, long[]> measures = new TreeMap<>();
    private final Map<String, Integer> notCovered = new HashMap<>();
    private final List<WorkforceReport.Invalid> invalid = new ArrayList<>();
    private final long[] variantDue;
    private int valid;
    private int invalidCount;
    private int gainers;

    ReportBuilder(WorkforceRun run, EmployerCost cost) {
        this.run = run;
        this.cost = cost;
        this.months = run.months();
        this.headcount = new int[months];
        this.fte = new BigDecimal[months];
        java.util.Arrays.fill(fte, BigDecimal.ZERO);
        this.variantDue = new long[months];
    }

    void add(EmployeeResult r) {
        if (r.invalid()) {
            invalidCount++;
            if (invalid.size() < MAX_LISTED_INVALID) {
                invalid.add(new WorkforceReport.Invalid(r.input().index(), r.input().line(), r.errors()));
            }
            return;
        }
        valid++;
        var employee = r.input().employee();
        EmployerCost.Scheme scheme = cost.scheme(employee.sector());
        String key = (scheme == null ? "" : scheme.scheme()) + "|" + employee.fundedBy();
        Group group = groups.computeIfAbsent(key, k -> new Group(scheme, FunderSplit.shares(employee.fundedBy(), run.fundingShares()), months));
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (int m = 0; m < months; m++) {
            // The month's due is the sum of its entitlements, each rounded once (as the schedule's due is).
            long due = EntitlementLines.cents(r.lines().get(m));
            group.due[m] += due;
            total += due;
            List<EntitlementLines.Line> lines = r.lines().get(m);
            if (!lines.isEmpty()) {
                headcount[m]++;
                BigDecimal monthFte = BigDecimal.ZERO;
                for (EntitlementLines.Line line : lines) {
                    String measure = line.ruleSet() + "\u0000" + line.measure();
                    long[] acc = measures.computeIfAbsent(measure, k -> new long[2]);
                    acc[1] += line.cents();
                    if (seen.add(measure)) {
                        acc[0]++;
                    }
                    monthFte = monthFte.max(line.fte());
                }
                fte[m] = fte[m].add(monthFte);
            }
        }
        group.paid += EntitlementLines.cents(r.schedule().totals().paid());
        if (r.variantLines() != null) {
            long variantTotal = 0;
            for (int m = 0; m < months; m++) {
                long due = EntitlementLines.cents(r.variantLines().get(m));
                variantDue[m] += due;
                variantTotal += due;
            }
            if (variantTotal > total) {
                gainers++;
            }
        }
        if (r.notCoveredReason() != null) {
            notCovered.merge(r.notCoveredReason() + "\u0000" + r.jobFamily(), 1, Integer::sum);
        }
    }

    WorkforceReport build() {
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal employerCost = BigDecimal.ZERO;
        BigDecimal notEstimated = BigDecimal.ZERO;
        Map<String, BigDecimal[]> funders = new LinkedHashMap<>();
        List<WorkforceReport.MonthRow> byMonth = new ArrayList<>();
        BigDecimal fteMonths = BigDecimal.ZERO;
        for (int m = 0; m < months; m++) {
            YearMonth month = run.from().plusMonths(m);
            BigDecimal monthDue = BigDecimal.ZERO;
            BigDecimal monthCost = BigDecimal.ZERO;
            Map<String, BigDecimal[]> monthFunders = new LinkedHashMap<>();
            for (Group g : groups.values()) {
                BigDecimal d = BigDecimal.valueOf(g.due[m], 2);
                BigDecimal rate = g.scheme == null ? null : g.scheme.rate(month, run.taxeSurLesSalaires());
                BigDecimal c = rate == null ? BigDecimal.ZERO : d.multiply(rate).divide(HUNDRED);
                if (rate == null) {
                    notEstimated = notEstimated.add(d);
                }
                monthDue = monthDue.add(d);
                monthCost = monthCost.add(c);
                g.shares.forEach((funder, share) -> {
                    add(monthFunders, funder, d.multiply(share), c.multiply(share), BigDecimal.ZERO);
                    add(funders, funder, d.multiply(share), c.multiply(share), d.multiply(share));
                });
            }
            due = due.add(monthDue);
            employerCost = employerCost.add(monthCost);
            fteMonths = fteMonths.add(fte[m]);
            byMonth.add(new WorkforceReport.MonthRow(month.toString(), headcount[m], fte[m].setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    money(monthDue), money(monthCost), rows(monthFunders, monthDue, monthCost, null)));
        }
        for (Group g : groups.values()) {
            BigDecimal p = BigDecimal.valueOf(g.paid, 2);
            paid = paid.add(p);
            g.shares.forEach((funder, share) -> funders.get(funder)[2] = funders.get(funder)[2].subtract(p.multiply(share)));
        }
        WorkforceReport.Totals totals = new WorkforceReport.Totals(valid, invalidCount,
                fteMonths.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP).toPlainString(),
                money(due), money(paid), money(due.subtract(paid)), money(employerCost), true);
        return new WorkforceReport(run.from().toString(), run.to().toString(), run.ruleSets(), totals, byMonth,
                measureRows(), rows(funders, due, employerCost, due.subtract(paid)), notCoveredRows(), invalid,
                new WorkforceReport.EmployerCostInfo(true, "Estimation des cotisations patronales sur le complément "
                        + "(règles, section 11) : le coût exact est la différence entre deux paies.",
                        run.taxeSurLesSalaires(), money(notEstimated), cost.schemes()),
                variant(due));
    }

    private static void add(Map<String, BigDecimal[]> funders, String funder, BigDecimal due, BigDecimal cost, BigDecimal balance) {
        BigDecimal[] acc = funders.computeIfAbsent(funder, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        acc[0] = acc[0].add(due);
        acc[1] = acc[1].add(cost);
        acc[2] = acc[2].add(balance);
    }

    /** Funder rows whose rounded figures add up to the rounded totals ({@code balance} left out when null). */
    private static List<WorkforceReport.FunderRow> rows(Map<String, BigDecimal[]> funders, BigDecimal due, BigDecimal cost,
                                                        BigDecimal balance) {
        Map<String, BigDecimal> dues = new LinkedHashMap<>();
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        new TreeMap<>(funders).forEach((f, acc) -> {
            dues.put(f, acc[0]);
            costs.put(f, acc[1]);
            balances.put(f, acc[2]);
        });
        Map<String, BigDecimal> d = FunderSplit.rounded(dues, due);
        Map<String, BigDecimal> c = FunderSplit.rounded(costs, cost);
        Map<String, BigDecimal> b = balance == null ? null : FunderSplit.rounded(balances, balance);
        List<WorkforceReport.FunderRow> rows = new ArrayList<>();
        d.forEach((f, v) -> rows.add(new WorkforceReport.FunderRow(f, v.toPlainString(), c.get(f).toPlainString(),
                b == null ? null : b.get(f).toPlainString())));
        return rows;
    }

    private List<WorkforceReport.MeasureRow> measureRows() {
        List<WorkforceReport.MeasureRow> rows = new ArrayList<>();
        measures.forEach((key, acc) -> {
            String[] parts = key.split("\u0000", 2);
            rows.add(new WorkforceReport.MeasureRow(parts[0], parts[1], (int) acc[0], BigDecimal.valueOf(acc[1], 2).toPlainString()));
        });
        return rows;
    }

    private List<WorkforceReport.NotCovered> notCoveredRows() {
        List<WorkforceReport.NotCovered> rows = new ArrayList<>();
        notCovered.forEach((key, count) -> {
            String[] parts = key.split("\u0000", 2);
            rows.add(new WorkforceReport.NotCovered(parts[0], parts[1], count));
        });
        rows.sort(Comparator.comparingInt(WorkforceReport.NotCovered::headcount).reversed()
                .thenComparing(WorkforceReport.NotCovered::jobFamily).thenComparing(WorkforceReport.NotCovered::reason));
        return rows;
    }

    private WorkforceReport.VariantReport variant(BigDecimal due) {
        Variants.Resolved v = run.variant();
        if (v == null) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        List<WorkforceReport.VariantMonth> byMonth = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            BigDecimal d = BigDecimal.valueOf(variantDue[m], 2);
            int month = m;
            long base = groups.values().stream().mapToLong(g -> g.due[month]).sum();
            total = total.add(d);
            byMonth.add(new WorkforceReport.VariantMonth(run.from().plusMonths(m).toString(), money(d),
                    money(d.subtract(BigDecimal.valueOf(base, 2)))));
        }
        return new WorkforceReport.VariantReport(true, v.name(), v.ruleSet(), v.parameters(), v.checksum(), money(total),
                money(total.subtract(due)), gainers, byMonth);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
