package fr.segur.eligibility.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The employer: its collective agreement (IDCC) and whether it belongs to a signatory organisation. */
public record Employer(
        @Min(value = 1, message = "{segur.idcc.range}") @Max(value = 9999, message = "{segur.idcc.range}") Integer idcc,
        Boolean signatoryMember) {
}
