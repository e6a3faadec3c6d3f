package fr.segur.eligibility.rules;

import java.math.BigDecimal;

/** The pro-rata conventions of a rule-set version, read from its parameters. */
public record PayRules(
        BigDecimal fullTimeMonthlyHours,
        BigDecimal halfPayFactor,
        PartialMonthRule publicPartialMonth,
        PartialMonthRule privatePartialMonth) {

    public PartialMonthRule partialMonth(PayScheme scheme) {
        return scheme == PayScheme.PUBLIC ? publicPartialMonth : privatePartialMonth;
    }
}
