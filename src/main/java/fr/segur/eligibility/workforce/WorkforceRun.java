package fr.segur.eligibility.workforce;

import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.variant.Variants;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A whole-workforce request once its envelope is checked: what every employee of it is run with. */
public record WorkforceRun(YearMonth from, YearMonth to, List<String> ruleSets, Variants.Resolved variant,
                           Map<Funder, BigDecimal> fundingShares, boolean taxeSurLesSalaires) {

    /** The number of months of the range. */
    public int months() {
        return (int) (java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1);
    }
}
