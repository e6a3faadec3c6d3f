package fr.segur.eligibility.api;

/**
 * The bounds of the request fields, in one place: the Bean Validation annotations of the request records use them,
 * and {@code BoundsTest} holds them equal to the {@code maxLength}, {@code maxItems}, {@code minimum} and
 * {@code maximum} of {@code openapi/openapi.yaml}.
 */
public final class Bounds {

    /** Longest identifier or code ({@code id}, {@code jobCode}, {@code establishmentType}). */
    public static final int MAX_TEXT = 64;
    /** Longest list of rule sets or of funders. */
    public static final int MAX_LIST = 10;
    /** Highest share of full time. */
    public static final String MAX_RATIO = "1";
    /** Highest contractual monthly hours. */
    public static final String MAX_HOURS = "300";
    /** Lowest and highest IDCC number. */
    public static final int MIN_IDCC = 1;
    public static final int MAX_IDCC = 9999;
    /** A month as the API writes it. */
    public static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private Bounds() {
    }
}
