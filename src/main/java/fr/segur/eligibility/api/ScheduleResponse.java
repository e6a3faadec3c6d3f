package fr.segur.eligibility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Month by month: what is due, what was paid, the balance (arrears when positive), and the totals; under a what-if
 * variant, the variant's mark.
 */
// Absent, not null, when no employee id was sent, as the contract says.
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleResponse(String from, String to, String employeeId, List<Month> months, Totals totals,
                               VariantView variant) {

    /** A schedule of the rules in force. */
    public ScheduleResponse(String from, String to, String employeeId, List<Month> months, Totals totals) {
        this(from, to, employeeId, months, totals, null);
    }

    /** One month of the schedule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Month(String month, String status, String measure, String ruleSet, String ruleSetVersion,
                        String effectiveDate, String due, String paid, String balance, List<String> missingFacts) {
    }

    /** Sums over the range. */
    public record Totals(String due, String paid, String balance) {
    }
}
