package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable published version of a rule set, in force from {@code effectiveFrom} until the next
 * version starts ({@code effectiveTo}, null while it is the latest), identified by the checksum of its file.
 * A correction of a past period is a new revision of the same effective date ({@code version} "2020-12-01-r2",
 * {@code revision} 2, {@code supersedes} "2020-12-01"); the superseded version stays loaded and served, marked
 * {@code supersededBy}, so that an older answer naming it can still be explained, but it never evaluates.
 */
public record RuleSetVersion(
        String ruleSetId,
        String version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        int revision,
        String supersedes,
        String supersededBy,
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

    /** Whether this version evaluates the day: in its period and not superseded by a later revision. */
    public boolean inForceOn(LocalDate day) {
        return supersededBy == null && !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    public RuleSetVersion withEffectiveTo(LocalDate to) {
        return new RuleSetVersion(ruleSetId, version, effectiveFrom, to, revision, supersedes, supersededBy, checksum,
                summary, parameters, payRules, measures);
    }

    public RuleSetVersion withSupersededBy(String by) {
        return new RuleSetVersion(ruleSetId, version, effectiveFrom, effectiveTo, revision, supersedes, by, checksum,
                summary, parameters, payRules, measures);
    }
}
