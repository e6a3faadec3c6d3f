package fr.segur.eligibility.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** The working-time factor of a measure for an employee (segur-rules.md §6), with its explanation. */
final class ProRata {

    private static final BigDecimal EIGHTY_PERCENT = new BigDecimal("0.80");
    private static final BigDecimal NINETY_PERCENT = new BigDecimal("0.90");
    private static final Fraction SIX_SEVENTHS = Fraction.of(6, 7);
    private static final Fraction THIRTY_TWO_THIRTY_FIFTHS = Fraction.of(32, 35);

    /** A factor, the message explaining how it was obtained, and whether it is the flat rate of a family (a convention). */
    record Factor(Fraction value, Message explanation, boolean flatRate) {
        Factor(Fraction value, Message explanation) {
            this(value, explanation, false);
        }
    }

    /** The factor of a full-time employee, the usual case. */
    static final Factor FULL_TIME = new Factor(Fraction.ONE, Message.of("calculation.workingTime.full"));

    private ProRata() {
    }

    static Factor workingTime(PayScheme scheme, EmployeeFacts facts, PayRules rules, Set<String> flatRateFamilies) {
        WorkingTime time = facts.workingTime() == null ? WorkingTime.FULL_TIME : facts.workingTime();
        if (time.isFullTime()) {
            return FULL_TIME;
        }
        if (time.ratio() == null && facts.job() != null && flatRateFamilies.contains(facts.job().family())) {
            return new Factor(Fraction.ONE, Message.of("calculation.workingTime.flatRate", facts.job().family()), true);
        }
        return scheme == PayScheme.PUBLIC ? publicFactor(time, facts.partTimeScheme(), rules) : privateFactor(time, rules);
    }

    private static Factor publicFactor(WorkingTime time, PartTimeScheme scheme, PayRules rules) {
        if (scheme == PartTimeScheme.TEMPS_NON_COMPLET) {
            if (time.ratio() != null) {
                return new Factor(Fraction.of(time.ratio()), Message.of("calculation.workingTime.tncRatio", time.ratio().toPlainString()));
            }
            Fraction hours = new Fraction(time.monthlyHours(), rules.fullTimeMonthlyHours()).min(Fraction.ONE);
            return new Factor(hours, Message.of("calculation.workingTime.tncHours",
                    time.monthlyHours().toPlainString(), rules.fullTimeMonthlyHours().toPlainString()));
        }
        // A temps-partiel quotité is a whole percentage: hours are turned into one before the 6/7 and 32/35 rules.
        BigDecimal quotite = time.ratio() != null ? time.ratio()
                : time.monthlyHours().divide(rules.fullTimeMonthlyHours(), 2, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        String shown = quotite.stripTrailingZeros().toPlainString();
        if (quotite.compareTo(EIGHTY_PERCENT) == 0) {
            return new Factor(SIX_SEVENTHS, Message.of("calculation.workingTime.partTime80", shown));
        }
        if (quotite.compareTo(NINETY_PERCENT) == 0) {
            return new Factor(THIRTY_TWO_THIRTY_FIFTHS, Message.of("calculation.workingTime.partTime90", shown));
        }
        return new Factor(Fraction.of(quotite), Message.of("calculation.workingTime.partTime", shown));
    }

    private static Factor privateFactor(WorkingTime time, PayRules rules) {
        if (time.ratio() != null) {
            return new Factor(Fraction.of(time.ratio()), Message.of("calculation.workingTime.ratio", time.ratio().toPlainString()));
        }
        Fraction hours = new Fraction(time.monthlyHours(), rules.fullTimeMonthlyHours());
        String key = hours.compareTo(Fraction.ONE) > 0 ? "calculation.workingTime.hoursCapped" : "calculation.workingTime.hours";
        return new Factor(hours.min(Fraction.ONE), Message.of(key,
                time.monthlyHours().toPlainString(), rules.fullTimeMonthlyHours().toPlainString()));
    }

}
