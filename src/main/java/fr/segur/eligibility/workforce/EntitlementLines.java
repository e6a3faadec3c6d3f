package fr.segur.eligibility.workforce;

import fr.segur.eligibility.api.EvaluationResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that reads the amounts of an answer, as entitlement lines: one line for each entitlement of the month
 * (the principal one and any complementary measure paid on top of it).
 */
final class EntitlementLines {

    /** One entitlement of one month: its rule set, its measure, its amount in cents and the FTE it is paid for. */
    record Line(String ruleSet, String measure, long cents, BigDecimal fte) {
    }

    private EntitlementLines() {
    }

    static List<Line> of(EvaluationResponse answer) {
        List<EvaluationResponse.Entitlement> all = answer.entitlements();
        if (all.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>(all.size());
        for (EvaluationResponse.Entitlement e : all) {
            lines.add(line(e));
        }
        return lines;
    }

    private static Line line(EvaluationResponse.Entitlement e) {
        BigDecimal fte = new BigDecimal(e.workingTimeFactor()).multiply(new BigDecimal(e.monthFraction()));
        return new Line(e.ruleSet().id(), e.measure(), cents(e.amount()), fte);
    }

    /** Cents of an amount written with two decimals. */
    static long cents(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }
}
