package fr.segur.eligibility.mapping;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.catalog.ReferenceData;
import fr.segur.eligibility.rules.EmployeeFacts;
import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.PartTimeScheme;
import fr.segur.eligibility.rules.PayRate;
import fr.segur.eligibility.rules.WorkingTime;
import java.util.Set;

/** Turns a checked employee into the engine's facts, applying the documented defaults. */
public final class FactsMapper {

    private final ReferenceData reference;

    public FactsMapper(ReferenceData reference) {
        this.reference = reference;
    }

    public EmployeeFacts toFacts(Employee e) {
        Set<Funder> funders = e.fundedBy() == null ? null : Set.copyOf(e.fundedBy());
        WorkingTime time = e.workingTime() == null ? WorkingTime.FULL_TIME
                : new WorkingTime(e.workingTime().ratio(), e.workingTime().monthlyHours());
        return new EmployeeFacts(
                e.id(),
                e.sector(),
                e.jobCode() == null ? null : reference.jobs().get(e.jobCode()),
                e.establishmentType(),
                funders,
                e.attachedToPublicHospital(),
                e.mainActivityAccompaniment() == null || e.mainActivityAccompaniment(),
                e.employer() == null ? null : e.employer().idcc(),
                e.employer() == null || e.employer().signatoryMember() == null || e.employer().signatoryMember(),
                e.employer() == null ? null : e.employer().bassBranch(),
                time,
                e.partTimeScheme() == null ? PartTimeScheme.TEMPS_PARTIEL : e.partTimeScheme(),
                e.payRate() == null ? PayRate.FULL : e.payRate(),
                e.employmentStart(),
                e.employmentEnd());
    }
}
