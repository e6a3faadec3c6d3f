package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable published version of a rule set, in force from {@code effectiveFrom} until the next
 * version starts ({@code effectiveTo}, null while it is the latest), identified by the checksum of its file.
 */
public record RuleSetVersion(
        String ruleSetId,
        LocalDate version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String checksum,
        String summary,
        Map<String, Parameter> parameters,
        PayRules payRules,
        List<Measure> measures) {

    public RuleSetVersion {
        parameters = Map.copyOf(parameters);
        measures = List.copyOf(measures);
    }

    public Optional<Measure> measure(String code) {
        return measures.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    public RuleSetVersion withEffectiveTo(LocalDate to) {
        return new RuleSetVersion(ruleSetId, version, effectiveFrom, to, checksum, summary, parameters, payRules, measures);
    }
}
