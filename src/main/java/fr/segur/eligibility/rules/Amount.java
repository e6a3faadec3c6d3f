package fr.segur.eligibility.rules;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The full-time monthly amount of a measure: index points (valued at the point in force) or flat euros. */
public sealed interface Amount {

    /** The exact full-time amount for the month. */
    Fraction fullTime(PointValues pointValues, YearMonth month);

    /** Index points × monthly value of the point in force in the month. */
    record Points(BigDecimal points) implements Amount {
        public Fraction fullTime(PointValues pointValues, YearMonth month) {
            return Fraction.of(points).times(pointValues.monthlyPointValue(month));
        }
    }

    /** A flat gross amount in euros. */
    record Euros(BigDecimal euros) implements Amount {
        public Fraction fullTime(PointValues pointValues, YearMonth month) {
            return Fraction.of(euros);
        }
    }
}
