package fr.segur.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The full-time monthly amount of a measure: index points (valued at the point in force), flat euros, or by employer text. */
public sealed interface Amount {

    /** The exact full-time amount for the month (for an amount by employer text, the one of the other employers). */
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

    /**
     * Flat euros in dated steps set by the employer organisation's own text, chosen by the employer's IDCC;
     * {@code otherwise} applies to every other IDCC (a flagged assumption when the texts were not read).
     */
    record ByEmployerText(Map<Integer, EmployerText> byIdcc, EmployerText otherwise) implements Amount {
        public ByEmployerText {
            byIdcc = Map.copyOf(byIdcc);
        }

        public Fraction fullTime(PointValues pointValues, YearMonth month) {
            return Fraction.of(otherwise.stepOn(month.atDay(1)).euros());
        }

        public EmployerText textFor(Integer idcc) {
            return idcc == null ? otherwise : byIdcc.getOrDefault(idcc, otherwise);
        }
    }

    /**
     * One employer text: its title, whether it is the service's assumption ({@code local}), its dated steps, and the
     * day from which months before its last step are disputed (or null).
     */
    record EmployerText(Integer idcc, String text, boolean local, LocalDate disputedFrom, List<Step> steps) {
        public EmployerText {
            steps = List.copyOf(steps);
        }

        /** The step in force on the day (the first one before any). */
        public Step stepOn(LocalDate day) {
            Step found = steps.get(0);
            for (Step s : steps) {
                if (!s.from().isAfter(day)) {
                    found = s;
                }
            }
            return found;
        }

        /** Whether the month falls between the disputed date and the last step, when employers paid differently. */
        public boolean disputedIn(YearMonth month) {
            LocalDate first = month.atDay(1);
            return disputedFrom != null && !first.isBefore(disputedFrom) && first.isBefore(steps.get(steps.size() - 1).from());
        }
    }

    /** An amount in euros from a date. */
    record Step(LocalDate from, BigDecimal euros) {
    }
}
