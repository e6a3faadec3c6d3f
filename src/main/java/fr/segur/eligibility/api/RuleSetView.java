package fr.segur.eligibility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A rule set as served by {@code GET /api/v1/rulesets}: its versions with parameters, measures and legal bases. */
public record RuleSetView(String id, String title, String description, List<Version> versions) {

    /** One published version. */
    public record Version(String version, String effectiveFrom, String effectiveTo, String checksum, String summary,
                          List<ParameterView> parameters, List<MeasureView> measures,
                          List<EvaluationResponse.LegalReferenceView> legalBasis) {
    }

    /** A named parameter; {@code local} marks a local or conventional choice. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParameterView(String name, String value, String description, String reference, boolean local) {
    }

    /** One measure: who (the criteria tree as written), how much, from when, on which basis. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeasureView(String code, String title, int priority, String payScheme, AmountView amount, String from,
                              JsonNode eligibility, List<EvaluationResponse.LegalReferenceView> legalBasis) {
    }

    /** Index points or flat euros. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AmountView(String points, String euros) {
    }
}
