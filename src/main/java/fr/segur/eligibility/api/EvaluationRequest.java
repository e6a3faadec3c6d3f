package fr.segur.eligibility.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/v1/evaluations}: one employee, a month (default: the current month in Europe/Paris), rule sets. */
public record EvaluationRequest(
        @Pattern(regexp = MONTH_PATTERN, message = "{segur.month.format}") String month,
        @Size(max = 10, message = "{segur.ruleSets.size}") List<String> ruleSets,
        @NotNull(message = "{segur.employee.required}") @Valid Employee employee) {

    public static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
}
