package fr.segur.eligibility.workforce;

import fr.segur.eligibility.api.ScheduleResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A total already paid over the range (CSV {@code paidTotal}) spread over the months as payroll settles arrears:
 * oldest month first, each up to what it is due, anything left on the last month.
 */
final class PaidTotal {

    private PaidTotal() {
    }

    static ScheduleResponse allocate(ScheduleResponse schedule, BigDecimal paidTotal) {
        BigDecimal left = paidTotal.setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal totalDue = BigDecimal.ZERO.setScale(2);
        List<ScheduleResponse.Month> months = new ArrayList<>();
        int n = schedule.months().size();
        for (int i = 0; i < n; i++) {
            ScheduleResponse.Month m = schedule.months().get(i);
            BigDecimal due = new BigDecimal(m.due());
            BigDecimal paid = i == n - 1 ? left : left.min(due.max(BigDecimal.ZERO));
            left = left.subtract(paid);
            totalDue = totalDue.add(due);
            months.add(new ScheduleResponse.Month(m.month(), m.status(), m.measure(), m.ruleSet(), m.ruleSetVersion(),
                    m.effectiveDate(), m.due(), paid.toPlainString(), due.subtract(paid).toPlainString(), m.missingFacts()));
        }
        BigDecimal paid = paidTotal.setScale(2, java.math.RoundingMode.HALF_UP);
        return new ScheduleResponse(schedule.from(), schedule.to(), schedule.employeeId(), months,
                new ScheduleResponse.Totals(totalDue.toPlainString(), paid.toPlainString(), totalDue.subtract(paid).toPlainString()));
    }
}
