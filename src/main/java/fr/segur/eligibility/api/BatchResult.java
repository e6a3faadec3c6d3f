package fr.segur.eligibility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One employee's answer in a batch: its position, the fields of a single evaluation, or INVALID with errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"index", "line"})
public record BatchResult(int index, Integer line, @JsonUnwrapped EvaluationResponse evaluation, List<FieldError> errors) {

    public static final String INVALID = "INVALID";

    public static BatchResult valid(int index, EvaluationResponse evaluation) {
        return new BatchResult(index, null, evaluation, null);
    }

    public static BatchResult invalid(int index, Integer line, String month, String employeeId, List<FieldError> errors) {
        return new BatchResult(index, line, new EvaluationResponse(month, employeeId, INVALID, null, null, null, null, null, null, null), errors);
    }

    public String status() {
        return evaluation.status();
    }
}
