package fr.segur.eligibility.dsn;

import fr.segur.eligibility.api.WorkingTimeInput;
import fr.segur.eligibility.rules.PartTimeScheme;
import fr.segur.eligibility.rules.Sector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;

/**
 * The working time of a contract: S21.G00.40.011 unit, .012 reference quotité, .013 contract quotité, .014 modalité,
 * and for public posts .053 nature du poste, .054 full-time reference and .055 part-time rate.
 */
final class DsnWorkingTime {

    /** Working time and public scheme; both null for full time. */
    record Result(WorkingTimeInput workingTime, PartTimeScheme scheme) {
        static final Result FULL_TIME = new Result(null, null);
    }

    private static final String C = DsnReader.CONTRACT + ".";
    /** Modalités 20 temps partiel, 40 CPA, 41 and 42 temps partiel de droit: the quotité is below full time. */
    private static final Set<String> PART_TIME = Set.of("20", "40", "41", "42");
    /** Units 10 heure and 21 forfait heure: the quotité is a number of hours. */
    private static final Set<String> HOURS = Set.of("10", "21");
    /** The legal monthly full time (35 h × 52 / 12): a reference of this value makes the quotité monthly hours. */
    private static final BigDecimal LEGAL_MONTH = new BigDecimal("151.67");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DsnWorkingTime() {
    }

    static Result read(DsnContract contract, Sector sector, DsnValues values) {
        Map<String, Rubrique> r = contract.rubriques();
        String modalite = contract.value(C + "014");
        boolean partTime = modalite != null && PART_TIME.contains(modalite);
        if (sector != null && sector.name().startsWith("PUBLIC")) {
            if ("02".equals(contract.value(C + "053"))) {
                BigDecimal reference = r.containsKey(C + "054") ? values.decimal(r, C + "054") : values.decimal(r, C + "012");
                return ratio(contract, values.decimal(r, C + "013"), reference, PartTimeScheme.TEMPS_NON_COMPLET, values);
            }
            if (!partTime) {
                return Result.FULL_TIME;
            }
            BigDecimal rate = values.decimal(r, C + "055");
            if (rate != null) {
                return ratio(contract, rate, HUNDRED, PartTimeScheme.TEMPS_PARTIEL, values);
            }
            return ratio(contract, values.decimal(r, C + "013"), values.decimal(r, C + "012"), PartTimeScheme.TEMPS_PARTIEL, values);
        }
        if (!partTime) {
            return Result.FULL_TIME;
        }
        BigDecimal quotite = values.decimal(r, C + "013");
        BigDecimal reference = values.decimal(r, C + "012");
        String unit = contract.value(C + "011");
        if (unit != null && HOURS.contains(unit) && reference != null && reference.compareTo(LEGAL_MONTH) == 0
                && quotite != null && quotite.signum() > 0) {
            // monthly hours: the private rule divides them by 151.67 itself, with no rounding of a ratio on the way
            return new Result(new WorkingTimeInput(null, quotite), null);
        }
        return ratio(contract, quotite, reference, null, values);
    }

    private static Result ratio(DsnContract contract, BigDecimal part, BigDecimal whole, PartTimeScheme scheme, DsnValues values) {
        if (part == null || whole == null || part.signum() <= 0 || whole.signum() <= 0) {
            values.error(contract.line(), C + "013", "dsn.error.workingTime");
            return Result.FULL_TIME;
        }
        BigDecimal ratio = part.divide(whole, MathContext.DECIMAL64);
        ratio = ratio.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : ratio.stripTrailingZeros();
        return new Result(new WorkingTimeInput(ratio, null), scheme);
    }
}
