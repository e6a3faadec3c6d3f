package fr.segur.eligibility.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import fr.segur.eligibility.api.FieldError;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/workforce/reports}: what a workforce is due over a range, what it costs the employer (an
 * estimate), who funds it, who is not covered and why, and the what-if variant; money as strings with two decimals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkforceReport(String from, String to, List<String> ruleSets, Totals totals, List<MonthRow> byMonth,
                              List<MeasureRow> byMeasure, List<FunderRow> byFunder, List<NotCovered> notCovered,
                              List<Invalid> invalid, EmployerCostInfo employerCost, VariantReport variant) {

    /** Sums over the valid employees; {@code employerCost} is an estimate ({@code employerCostEstimate}). */
    public record Totals(int headcount, int invalid, String fte, String due, String paid, String balance,
                         String employerCost, boolean employerCostEstimate) {
    }

    /** One month: employees with an entitlement, their FTE, what is due and its estimated employer cost, by funder. */
    public record MonthRow(String month, int headcount, String fte, String due, String employerCost,
                           List<FunderRow> byFunder) {
    }

    /** One measure: the employees it pays in at least one month, and what it pays over the range. */
    public record MeasureRow(String ruleSet, String measure, int headcount, String due) {
    }

    /** One funder's share of what is due, of its estimated employer cost, and of the balance still to pay. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FunderRow(String funder, String due, String employerCost, String balance) {
    }

    /** Employees not eligible in any month, grouped by the reason that decides it and their job family. */
    public record NotCovered(String reason, String jobFamily, int headcount) {
    }

    /** An employee left out of the totals, with its problems. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Invalid(int index, Integer line, List<FieldError> errors) {
    }

    /** How the employer cost was estimated: the dated rates used and their sources. */
    public record EmployerCostInfo(boolean estimate, String note, boolean taxeSurLesSalaires, String dueNotEstimated,
                                   List<EmployerCost.Scheme> schemes) {
    }

    /** The what-if: marked as a simulation, never a payroll answer, with no published version's checksum. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VariantReport(boolean simulation, String name, String ruleSet, Map<String, JsonNode> parameters,
                                String variantChecksum, String due, String extraDue, int gainers,
                                List<VariantMonth> byMonth) {
    }

    /** One month of the variant. */
    public record VariantMonth(String month, String due, String extraDue) {
    }
}
