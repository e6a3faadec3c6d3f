package fr.segur.eligibility.rules;

import java.math.BigDecimal;

/**
 * The pro-rata conventions of a rule-set version, read from its parameters; {@code ninetyPayFactor} is null in
 * versions before the 90 % pay rate existed (2025-03-01).
 */
public record PayRules(
        BigDecimal fullTimeMonthlyHours,
        BigDecimal halfPayFactor,
        BigDecimal ninetyPayFactor,
        PartialMonthRule publicPartialMonth,
        PartialMonthRule privatePartialMonth) {

    public PartialMonthRule partialMonth(PayScheme scheme) {
        return scheme == PayScheme.PUBLIC ? publicPartialMonth : privatePartialMonth;
    }
}
