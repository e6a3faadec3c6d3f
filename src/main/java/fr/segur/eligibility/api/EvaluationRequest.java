package fr.segur.eligibility.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/v1/evaluations}: one employee, a month (default: the current month in Europe/Paris), rule sets,
 * and optionally a what-if variant.
 */
public record EvaluationRequest(
        @Pattern(regexp = Bounds.MONTH_PATTERN, message = "{segur.month.format}") String month,
        @Size(max = Bounds.MAX_LIST, message = "{segur.ruleSets.size}") List<String> ruleSets,
        @NotNull(message = "{segur.employee.required}") @Valid Employee employee,
        VariantRequest variant) {

    /** A request under the rules in force. */
    public EvaluationRequest(String month, List<String> ruleSets, Employee employee) {
        this(month, ruleSets, employee, null);
    }
}
