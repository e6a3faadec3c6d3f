package fr.segur.eligibility.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The employer: its collective agreement (IDCC) and whether it belongs to a signatory organisation. */
public record Employer(
        @Min(value = Bounds.MIN_IDCC, message = "{segur.idcc.range}") @Max(value = Bounds.MAX_IDCC, message = "{segur.idcc.range}") @JsonDeserialize(using = WireDecimals.Integral.class) Integer idcc,
        Boolean signatoryMember) {
}
