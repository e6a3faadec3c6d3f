package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Convention that turns the days employed in a month into a fraction of the monthly amount. */
public enum PartialMonthRule {
    /** Public-service trentième: every month counts 30 days; paid = 30 minus calendar days not employed, floored at 0. */
    THIRTIETHS {
        @Override
        public Fraction fraction(YearMonth month, LocalDate first, LocalDate last) {
            long notEmployed = month.lengthOfMonth() - daysBetween(first, last);
            return Fraction.of(Math.max(0, 30 - notEmployed), 30);
        }
    },
    /** Private-sector calendar days: days employed over days in the month. */
    CALENDAR_DAYS {
        @Override
        public Fraction fraction(YearMonth month, LocalDate first, LocalDate last) {
            return Fraction.of(daysBetween(first, last), month.lengthOfMonth());
        }
    };

    /** Fraction of the month paid when the employee is employed from {@code first} to {@code last} inclusive. */
    public abstract Fraction fraction(YearMonth month, LocalDate first, LocalDate last);

    private static long daysBetween(LocalDate first, LocalDate last) {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }
}
