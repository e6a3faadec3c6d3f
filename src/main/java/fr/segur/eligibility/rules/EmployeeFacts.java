package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the engine knows of one employee. A null field is a fact the caller did not give (unknown);
 * defaults documented by the API (mainActivityAccompaniment, signatoryMember, schemes) are already applied;
 * {@code bassBranch} stays null when not given (it matters only with an IDCC outside the branch list).
 */
public record EmployeeFacts(
        String id,
        Sector sector,
        Job job,
        String establishmentType,
        Set<Funder> fundedBy,
        Boolean attachedToPublicHospital,
        boolean mainActivityAccompaniment,
        Integer idcc,
        boolean signatoryMember,
        Boolean bassBranch,
        WorkingTime workingTime,
        PartTimeScheme partTimeScheme,
        PayRate payRate,
        LocalDate employmentStart,
        LocalDate employmentEnd) {
}
