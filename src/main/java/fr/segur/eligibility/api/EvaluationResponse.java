package fr.segur.eligibility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * The answer for one employee and one month: status, the principal entitlement, every entitlement paid (principal
 * first, then the complementary ones) with their total, and why; under a what-if variant, the variant's mark.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationResponse(
        String month,
        String employeeId,
        String status,
        Entitlement entitlement,
        List<Entitlement> entitlements,
        String totalAmount,
        List<JustificationLine> justification,
        List<RuleSetDecision> decisions,
        List<Warning> warnings,
        List<String> missingFacts,
        VariantView variant) {

    /** An answer of the rules in force (no variant). */
    public EvaluationResponse(String month, String employeeId, String status, Entitlement entitlement,
                              List<Entitlement> entitlements, String totalAmount, List<JustificationLine> justification,
                              List<RuleSetDecision> decisions, List<Warning> warnings, List<String> missingFacts) {
        this(month, employeeId, status, entitlement, entitlements, totalAmount, justification, decisions, warnings,
                missingFacts, null);
    }

    /** A measure paid for the month and every figure of its calculation; money as strings with two decimals. */
    public record Entitlement(
            String measure,
            RuleSetRef ruleSet,
            String fullTimeAmount,
            String workingTimeFactor,
            String monthFraction,
            String amount,
            String currency,
            String effectiveDate,
            List<LegalReferenceView> legalBasis,
            @JsonSerialize(contentUsing = RepeatedText.class) List<String> calculation) {
    }

    /**
     * A rule-set version, identified by id, version date and checksum of its file; no checksum in a simulation,
     * whose rules are no published file.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleSetRef(String id, String version, @JsonSerialize(using = RepeatedText.class) String checksum) {
    }

    /** A legal text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LegalReferenceView(@JsonSerialize(using = RepeatedText.class) String title,
                                     @JsonSerialize(using = RepeatedText.class) String reference,
                                     @JsonSerialize(using = RepeatedText.class) String url) {
    }

    /** One line of the justification. */
    public record JustificationLine(String ruleSet, String measure, String outcome, String criterion, String message) {
    }

    /** The decision of one rule set. */
    public record RuleSetDecision(String ruleSet, String version, String status, List<String> reasons,
                                  List<MeasureDecision> measures) {
    }

    /** The outcome of one measure. */
    public record MeasureDecision(String measure, String outcome, List<String> reasons) {
    }

    /** Something the payroll officer should know. */
    public record Warning(String code, String message) {
    }
}
