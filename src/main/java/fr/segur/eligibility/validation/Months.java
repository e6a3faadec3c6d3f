package fr.segur.eligibility.validation;

import fr.segur.eligibility.api.Bounds;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** The one reader of months ({@code YYYY-MM}) for the whole service: requests, batches, query strings, schedules. */
public final class Months {

    private static final Pattern MONTH = Pattern.compile(Bounds.MONTH_PATTERN);

    private Months() {
    }

    /** Whether the text is a month as the API writes it ({@link Bounds#MONTH_PATTERN}). */
    public static boolean isMonth(String text) {
        return text != null && MONTH.matcher(text).matches();
    }

    /**
     * The month of a text {@link #isMonth} accepts, read digit by digit: YearMonth.parse's formatter cost as much
     * as an evaluation.
     */
    public static YearMonth parse(String month) {
        if (month.length() == 7 && month.charAt(4) == '-' && digits(month, 0, 4) && digits(month, 5, 7)) {
            return YearMonth.of(Integer.parseInt(month, 0, 4, 10), Integer.parseInt(month, 5, 7, 10));
        }
        throw new IllegalArgumentException("not a month: " + month);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
