package fr.segur.eligibility.rules;

import java.util.Set;

/** An entry of the job catalogue: code, French label, family and flags (Laforcade, socio-educational). */
public record Job(String code, String label, String family, Set<JobFlag> flags) {

    public Job {
        flags = Set.copyOf(flags);
    }

    public boolean has(JobFlag flag) {
        return flags.contains(flag);
    }
}
