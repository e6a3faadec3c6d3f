package fr.segur.eligibility.rules;

import java.math.BigDecimal;

/** Working time as sent: exactly one of a ratio of full time or contractual monthly hours; both null is full time. */
public record WorkingTime(BigDecimal ratio, BigDecimal monthlyHours) {

    public static final WorkingTime FULL_TIME = new WorkingTime(null, null);

    public boolean isFullTime() {
        return ratio == null && monthlyHours == null;
    }
}
