package fr.segur.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The engine's answer for one employee and one month, before any rendering: {@code entitlement} is the principal
 * one, {@code entitlements} every measure paid (principal first, each rounded once) and {@code totalAmount} their sum
 * (null when nothing is paid).
 */
public record Evaluation(
        YearMonth month,
        Status status,
        Entitlement entitlement,
        List<Entitlement> entitlements,
        BigDecimal totalAmount,
        List<Justification> justification,
        List<RuleSetDecision> decisions,
        List<Warning> warnings,
        List<String> missingFacts) {

    /** Overall answer. */
    public enum Status { ELIGIBLE, NOT_ELIGIBLE, INDETERMINATE }

    /** Answer of one rule set. */
    public enum DecisionStatus { ELIGIBLE, NOT_ELIGIBLE, INDETERMINATE, NOT_APPLICABLE }

    /** Outcome of one measure. */
    public enum MeasureOutcome { MET, NOT_MET, UNKNOWN, NOT_APPLICABLE, NOT_IN_FORCE }

    /** Outcome of one justification line; INFO lines explain parameters and the calculation. */
    public enum LineOutcome { MET, NOT_MET, UNKNOWN, INFO }

    /** One measure paid for the month, with every figure of its calculation. */
    public record Entitlement(
            Measure measure,
            RuleSetVersion version,
            Fraction fullTimeAmount,
            BigDecimal fullTimeCents,
            Fraction workingTimeFactor,
            Fraction monthFraction,
            BigDecimal amount,
            LocalDate effectiveDate,
            List<Message> calculation,
            List<Parameter> conventions) {
    }

    /** A justification line: a criterion of the paid measure, or a note on a parameter. */
    public record Justification(String ruleSet, String measure, LineOutcome outcome, String criterion, Message message) {
    }

    /** The decision of one rule set with its reasons and the outcome of each measure. */
    public record RuleSetDecision(String ruleSet, RuleSetVersion version, DecisionStatus status,
                                  List<Message> reasons, List<MeasureDecision> measures) {
    }

    /** The outcome of one measure and why. */
    public record MeasureDecision(String measure, MeasureOutcome outcome, List<Message> reasons) {
    }

    /** Something the payroll officer should know about the answer. */
    public record Warning(String code, Message message) {
    }
}
