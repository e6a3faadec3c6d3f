package fr.segur.eligibility.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** Working time as sent: exactly one of a ratio of full time (0 < r ≤ 1) or monthly hours (0 < h ≤ 300). */
public record WorkingTimeInput(
        @DecimalMin(value = "0", inclusive = false, message = "{segur.ratio.range}")
        @DecimalMax(value = Bounds.MAX_RATIO, message = "{segur.ratio.range}")
        @JsonDeserialize(using = WireDecimals.Decimal.class) BigDecimal ratio,
        @DecimalMin(value = "0", inclusive = false, message = "{segur.hours.range}")
        @DecimalMax(value = Bounds.MAX_HOURS, message = "{segur.hours.range}")
        @JsonDeserialize(using = WireDecimals.Decimal.class) BigDecimal monthlyHours) {
}
