package fr.segur.eligibility.workforce;

import fr.segur.eligibility.api.EvaluationResponse;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one place that reads the amounts of an answer, as entitlement lines: today the single {@code entitlement};
 * with several entitlements a month (rule revision 2), the {@code entitlements} list, one line each.
 */
final class EntitlementLines {

    /** One entitlement of one month: its rule set, its measure, its amount in cents and the FTE it is paid for. */
    record Line(String ruleSet, String measure, long cents, BigDecimal fte) {
    }

    private EntitlementLines() {
    }

    static List<Line> of(EvaluationResponse answer) {
        EvaluationResponse.Entitlement e = answer.entitlement();
        if (e == null) {
            return List.of();
        }
        return List.of(line(e));
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
