package fr.segur.eligibility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A rule set as served by {@code GET /api/v1/rulesets}: its versions with parameters, measures and legal bases, and
 * the named variants (délibérations) based on it, if any.
 */
public record RuleSetView(String id, String title, String description, List<Version> versions,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VariantRef> variants) {

    /** A named variant based on the rule set: selectable by its id for simulations, pinned by its file's checksum. */
    public record VariantRef(String id, String title, String checksum, String reference) {
    }

    /**
     * One published version; a revision ({@code revision} above 1) names the version it {@code supersedes}, and a
     * superseded version names its {@code supersededBy} (it is served to explain older answers, never evaluated).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Version(String version, String effectiveFrom,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String effectiveTo, int revision, String supersedes,
                          String supersededBy, String checksum, String summary,
                          List<ParameterView> parameters, List<MeasureView> measures,
                          List<EvaluationResponse.LegalReferenceView> legalBasis) {
    }

    /** A named parameter; {@code local} marks a local or conventional choice. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParameterView(String name, String value, String description, String reference, boolean local) {
    }

    /** One measure: who (the criteria tree as written), how much, from when, on which basis. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeasureView(String code, String title, int priority, String kind, String payScheme, AmountView amount,
                              String from,
                              JsonNode eligibility, List<EvaluationResponse.LegalReferenceView> legalBasis) {
    }

    /** Index points, flat euros, or euros by employer text (by IDCC). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AmountView(String points, String euros, List<EmployerTextView> byEmployerText) {
    }

    /** The amount one employer text sets: its IDCC ("other" for every other employer), dated steps, and flags. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EmployerTextView(String idcc, String text, boolean local, String disputedFrom, List<StepView> steps) {
    }

    /** An amount in euros from a date. */
    public record StepView(String from, String euros) {
    }
}
