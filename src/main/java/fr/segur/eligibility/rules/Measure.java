package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * One measure of a rule-set version: who is eligible, how much, from when, on which legal basis.
 * {@code from} is null when the measure applies from its version's start; a date when it starts later.
 * {@code priority} orders measures for the no-double-payment rule (lower wins); a {@code COMPLEMENTARY} measure
 * does not compete: it is paid on top of the principal one. {@code localParameters} names the local or
 * conventional parameters its eligibility or amount depends on.
 */
public record Measure(
        String code,
        String title,
        int priority,
        Kind kind,
        PayScheme payScheme,
        Amount amount,
        LocalDate from,
        Criterion eligibility,
        List<LegalReference> legalBasis,
        List<String> localParameters) {

    /** A Ségur 1–type supplement (at most one a month) or a complementary one paid on top of it. */
    public enum Kind { PRINCIPAL, COMPLEMENTARY }

    public Measure {
        legalBasis = List.copyOf(legalBasis);
        localParameters = List.copyOf(localParameters);
    }

    public boolean inForceOn(LocalDate day) {
        return from == null || !from.isAfter(day);
    }

    public boolean complementary() {
        return kind == Kind.COMPLEMENTARY;
    }
}
