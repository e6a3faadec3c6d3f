package fr.segur.eligibility.rules;

import fr.segur.eligibility.rules.Evaluation.Entitlement;
import fr.segur.eligibility.rules.MonthPlan.Priced;
import fr.segur.eligibility.rules.MonthPlan.MeasureInForce;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The amount of one paid measure for one employee and month: full-time amount × working time × pay rate × month part. */
final class Pricing {

    private Pricing() {
    }

    static Entitlement entitlement(MeasureInForce slot, Verdict verdict, MonthContext context, LocalDate effective) {
        Measure measure = slot.measure();
        PayRules rules = slot.version().payRules();
        EmployeeFacts facts = context.facts();
        MonthPlan plan = context.plan();
        Priced priced = slot.pricedFor(facts);
        Fraction fullTime = priced.fullTime();
        if (fullTime == null) {
            throw new IllegalStateException("no point d'indice value in force in " + plan.month());
        }
        ProRata.Factor workingTime = ProRata.workingTime(measure.payScheme(), facts, rules, slot.flatRateFamilies());
        LocalDate first = Evaluator.latest(plan.firstDay(), facts.employmentStart(), verdict.notBefore(), measure.from());
        LocalDate last = facts.employmentEnd() == null || facts.employmentEnd().isAfter(plan.lastDay())
                ? plan.lastDay() : facts.employmentEnd();
        BigDecimal payFactor = payFactor(facts.payRate(), rules);
        if (workingTime == ProRata.FULL_TIME && payFactor == null
                && first.equals(plan.firstDay()) && last.equals(plan.lastDay())) {
            return new Entitlement(measure, slot.version(), fullTime, priced.cents(), Fraction.ONE, Fraction.ONE,
                    priced.cents(), effective, priced.usualCalculation(), List.of());
        }

        List<Message> calculation = new ArrayList<>(5);
        List<Parameter> conventions = new ArrayList<>(2);
        if (workingTime.flatRate()) {
            disclose(slot.version(), "flatRateFamilies", conventions);
        }
        calculation.add(priced.message());
        calculation.add(workingTime.explanation());
        Fraction factor = workingTime.value();
        if (payFactor != null) {
            factor = factor.times(Fraction.of(payFactor));
            calculation.add(Message.of(facts.payRate() == PayRate.HALF ? "calculation.halfPay" : "calculation.ninetyPay",
                    payFactor.toPlainString()));
            disclose(slot.version(), facts.payRate() == PayRate.HALF ? "halfPayFactor" : "ninetyPayFactor", conventions);
        }

        Fraction monthFraction = Fraction.ONE;
        if (first.isAfter(last)) {
            monthFraction = Fraction.ZERO;
        } else if (!first.equals(plan.firstDay()) || !last.equals(plan.lastDay())) {
            PartialMonthRule rule = rules.partialMonth(measure.payScheme());
            monthFraction = rule.fraction(plan.month(), first, last);
            calculation.add(Message.of("calculation.partialMonth." + rule.name(), first, last,
                    monthFraction.numerator().toPlainString(), monthFraction.denominator().toPlainString()));
            disclose(slot.version(), measure.payScheme() == PayScheme.PUBLIC ? "publicPartialMonth" : "privatePartialMonth",
                    conventions);
        }

        BigDecimal amount = fullTime.times(factor).times(monthFraction).toCents();
        calculation.add(Message.of("calculation.total", amount.toPlainString()));
        return new Entitlement(measure, slot.version(), fullTime, priced.cents(), factor, monthFraction, amount, effective,
                List.copyOf(calculation), List.copyOf(conventions));
    }

    /** Keeps the named parameter when the version marks it local or conventional: the answer must say it relied on it. */
    private static void disclose(RuleSetVersion version, String name, List<Parameter> conventions) {
        Parameter p = version.parameters().get(name);
        if (p != null && p.local()) {
            conventions.add(p);
        }
    }

    /**
     * The factor of the pay rate, or null on full pay; a 90 % pay rate in a version without {@code ninetyPayFactor}
     * (before 2025-03-01, when ordinary sick leave kept full pay for three months) is paid in full, with a warning.
     */
    static BigDecimal payFactor(PayRate rate, PayRules rules) {
        return switch (rate) {
            case FULL -> null;
            case HALF -> rules.halfPayFactor();
            case NINETY -> rules.ninetyPayFactor();
        };
    }

    /** Whether the employee's 90 % pay rate has no factor in the version, so the amount is paid in full. */
    static boolean ninetyNotInForce(EmployeeFacts facts, MeasureInForce slot) {
        return facts.payRate() == PayRate.NINETY && slot.version().payRules().ninetyPayFactor() == null;
    }
}
