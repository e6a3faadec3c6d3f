package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A rule set (public-ifse, bassms, laforcade) and its versions in date order. */
public record RuleSet(String id, String title, String description, List<RuleSetVersion> versions) {

    public RuleSet {
        versions = List.copyOf(versions);
    }

    /** The version in force on the given day, if any. */
    public Optional<RuleSetVersion> versionOn(LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).inForceOn(day)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }
}
