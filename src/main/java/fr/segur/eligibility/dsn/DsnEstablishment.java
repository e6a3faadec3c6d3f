package fr.segur.eligibility.dsn;

import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.Sector;
import java.util.List;

/**
 * One establishment of the caller's table (part {@code establishments}): what the DSN does not say about the place a
 * contract is worked in. {@code idcc} and {@code signatoryMember}, when given, override the contract's IDCC
 * (S21.G00.40.017) and the default signatory membership; {@code bassBranch} is the employer's BASS branch membership
 * by its main activity, as {@code employer.bassBranch} of an evaluation (it matters for an IDCC outside the branch list).
 */
public record DsnEstablishment(String siret, Sector sector, String establishmentType, List<Funder> fundedBy,
                               Boolean attachedToPublicHospital, Boolean mainActivityAccompaniment, Integer idcc,
                               Boolean signatoryMember, Boolean bassBranch) {
}
