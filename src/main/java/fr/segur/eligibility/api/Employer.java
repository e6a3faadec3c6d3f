package fr.segur.eligibility.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The employer: its collective agreement (IDCC), whether it belongs to a signatory organisation, and whether its
 * main activity puts it in the BASSMS branch (for an IDCC outside the branch list, e.g. 9999: no agreement).
 */
public record Employer(
        @Min(value = Bounds.MIN_IDCC, message = "{segur.idcc.range}") @Max(value = Bounds.MAX_IDCC, message = "{segur.idcc.range}") @JsonDeserialize(using = WireDecimals.Integral.class) Integer idcc,
        Boolean signatoryMember,
        Boolean bassBranch) {

    /** An employer without a stated branch membership (the CSV columns, older clients). */
    public Employer(Integer idcc, Boolean signatoryMember) {
        this(idcc, signatoryMember, null);
    }
}
