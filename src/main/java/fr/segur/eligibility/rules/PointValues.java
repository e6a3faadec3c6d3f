package fr.segur.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The dated table of the point d'indice: the annual value of index 100 in force from each date. */
public record PointValues(List<Row> rows) {

    private static final BigDecimal MONTHS_TIMES_INDEX_100 = BigDecimal.valueOf(1200);

    /** One dated value with its source. */
    public record Row(LocalDate from, BigDecimal annualIndex100, String reference) {
    }

    public PointValues {
        rows = List.copyOf(rows);
    }

    /** The row in force on the first day of the month. */
    public Row rowFor(YearMonth month) {
        LocalDate day = month.atDay(1);
        Row found = null;
        for (Row row : rows) {
            if (!row.from().isAfter(day)) {
                found = row;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no point d'indice value in force in " + month);
        }
        return found;
    }

    /** Whether a value is in force on the first day of the month. */
    public boolean covers(YearMonth month) {
        LocalDate day = month.atDay(1);
        return rows.stream().anyMatch(row -> !row.from().isAfter(day));
    }

    /** Monthly value of one point = annual value of index 100 / 1200, kept exact. */
    public Fraction monthlyPointValue(YearMonth month) {
        return new Fraction(rowFor(month).annualIndex100(), MONTHS_TIMES_INDEX_100);
    }
}
