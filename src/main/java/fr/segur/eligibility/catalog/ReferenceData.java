package fr.segur.eligibility.catalog;

import fr.segur.eligibility.rules.Job;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalogues HR systems map their codes to: jobs (with family and flags) and establishment types. */
public record ReferenceData(Map<String, Job> jobs, Map<String, String> establishmentTypes) {

    public ReferenceData {
        jobs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(jobs));
        establishmentTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(establishmentTypes));
    }

    public Set<String> families() {
        Set<String> families = new LinkedHashSet<>();
        jobs.values().forEach(j -> families.add(j.family()));
        return families;
    }

    public List<Job> jobList() {
        return List.copyOf(jobs.values());
    }
}
