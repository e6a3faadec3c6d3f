package fr.segur.eligibility.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number, so that 5 820,04 / 1 200 × 6/7 stays exact until the single
 * rounding to the cent at the end.
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) {

    public static final Fraction ONE = new Fraction(BigDecimal.ONE, BigDecimal.ONE);
    public static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
    private static final int DISPLAY_SCALE = 6;

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
    }

    public static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public Fraction times(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The value rounded half-up to the cent: the one rounding of an amount. */
    public BigDecimal toCents() {
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** The value rounded half-up to {@code scale} decimals. */
    public BigDecimal round(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    /** A short decimal for people to read ("1", "0.8", "0.857143"); never used for further computation. */
    public String toDisplay() {
        if (this == ONE) {
            return "1";
        }
        BigDecimal value = round(DISPLAY_SCALE).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}
