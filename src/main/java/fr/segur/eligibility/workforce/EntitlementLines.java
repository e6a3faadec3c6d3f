package fr.segur.eligibility.workforce;

import fr.segur.eligibility.rules.Evaluation;
import fr.segur.eligibility.rules.Fraction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The entitlement lines of a month as the engine computed them (not read back from the rendered answer): one line
 * for each entitlement (the principal one and any complementary measure paid on top of it).
 */
final class EntitlementLines {

    /** One entitlement of one month: its rule set, its measure, its amount in cents and the FTE it is paid for. */
    record Line(String ruleSet, String measure, long cents, BigDecimal fte) {
    }

    private EntitlementLines() {
    }

    static List<Line> of(Evaluation evaluation) {
        List<Evaluation.Entitlement> all = evaluation.entitlements();
        if (all == null || all.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>(all.size());
        for (Evaluation.Entitlement e : all) {
            lines.add(new Line(e.version().ruleSetId(), e.measure().code(), cents(e.amount()),
                    fte(e.workingTimeFactor().times(e.monthFraction()))));
        }
        return lines;
    }

    /**
     * The FTE as a decimal: the engine's fraction to 16 significant digits (an FTE is summed over employees and
     * rounded to the cent of a unit at the end only; the answer's display values, rounded to 6 decimals, are not).
     */
    private static BigDecimal fte(Fraction f) {
        return f.numerator().divide(f.denominator(), MathContext.DECIMAL64);
    }

    /** The cents of a month's lines: what is due that month. */
    static long cents(List<Line> lines) {
        long cents = 0;
        for (Line line : lines) {
            cents += line.cents();
        }
        return cents;
    }

    /** Cents of an exact amount with at most two decimals. */
    static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    /** Cents of an amount written with two decimals (the schedule's rendered months). */
    static long cents(String amount) {
        return cents(new BigDecimal(amount));
    }
}
