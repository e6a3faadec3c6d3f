package fr.segur.eligibility.workforce;

import fr.segur.eligibility.rules.Funder;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an amount is shared among an employee's funders ({@code fundedBy}): in the caller's shares among those it
 * names, else in equal shares; and how shares rounded to the cent are made to add up to the rounded total.
 */
final class FunderSplit {

    /** The funder of employees whose {@code fundedBy} is not given. */
    static final String UNKNOWN = "NON_RENSEIGNE";

    private FunderSplit() {
    }

    /** The share of each funder of {@code fundedBy} (adding up to 1). */
    static Map<String, BigDecimal> shares(List<Funder> fundedBy, Map<Funder, BigDecimal> given) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        List<Funder> funders = fundedBy == null ? List.of() : fundedBy.stream().distinct().toList();
        if (funders.isEmpty()) {
            shares.put(UNKNOWN, BigDecimal.ONE);
            return shares;
        }
        BigDecimal sum = funders.stream().map(f -> given.getOrDefault(f, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Funder f : funders) {
            shares.put(f.name(), sum.signum() > 0
                    ? given.getOrDefault(f, BigDecimal.ZERO).divide(sum, MathContext.DECIMAL128)
                    : BigDecimal.ONE.divide(BigDecimal.valueOf(funders.size()), MathContext.DECIMAL128));
        }
        return shares;
    }

    /**
     * Each amount rounded half-up to the cent, the difference between their sum and {@code total} (rounded alike)
     * given to the largest, so that the rows add up to the total to the cent.
     */
    static Map<String, BigDecimal> rounded(Map<String, BigDecimal> exact, BigDecimal total) {
        Map<String, BigDecimal> rounded = new LinkedHashMap<>();
        String largest = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : exact.entrySet()) {
            BigDecimal r = e.getValue().setScale(2, RoundingMode.HALF_UP);
            rounded.put(e.getKey(), r);
            sum = sum.add(r);
            if (largest == null || e.getValue().abs().compareTo(exact.get(largest).abs()) > 0) {
                largest = e.getKey();
            }
        }
        BigDecimal diff = total.setScale(2, RoundingMode.HALF_UP).subtract(sum);
        if (largest != null && diff.signum() != 0) {
            rounded.put(largest, rounded.get(largest).add(diff));
        }
        return rounded;
    }
}
