package fr.segur.eligibility.workforce;

import fr.segur.eligibility.api.VariantRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a whole-workforce request shares: the range, the rule sets, a what-if variant, the funders' shares and the
 * employer-cost options. JSON sends it beside {@code employees}; NDJSON and CSV in the query string.
 */
public record WorkforceEnvelope(String from, String to, List<String> ruleSets, VariantRequest variant,
                                Map<String, BigDecimal> fundingShares, Boolean taxeSurLesSalaires) {
}
