package fr.segur.eligibility.api;

import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.PartTimeScheme;
import fr.segur.eligibility.rules.PayRate;
import fr.segur.eligibility.rules.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One employee as an HR system sends it. Every fact is optional: a missing fact makes the answer
 * INDETERMINATE when the answer depends on it; codes are checked against the catalogues.
 */
public record Employee(
        @Size(max = Bounds.MAX_TEXT, message = "{segur.id.size}") String id,
        Sector sector,
        @Size(max = Bounds.MAX_TEXT, message = "{segur.code.size}") String jobCode,
        @Size(max = Bounds.MAX_TEXT, message = "{segur.code.size}") String establishmentType,
        @Size(max = Bounds.MAX_LIST, message = "{segur.fundedBy.size}") List<Funder> fundedBy,
        Boolean attachedToPublicHospital,
        Boolean mainActivityAccompaniment,
        @Valid Employer employer,
        @Valid WorkingTimeInput workingTime,
        PartTimeScheme partTimeScheme,
        PayRate payRate,
        LocalDate employmentStart,
        LocalDate employmentEnd) {
}
