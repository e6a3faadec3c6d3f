package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/** The family of the employee's job is one of the listed families. */
public record JobFamilyIn(Set<String> families, String listed, VerdictMemo memo) implements JobCriterion {

    public JobFamilyIn(Set<String> families) {
        this(families, Criteria.list(families), new VerdictMemo());
    }

    @Override
    public String name() {
        return "jobFamilyIn";
    }

    @Override
    public boolean holds(Job job) {
        return families.contains(job.family());
    }

    @Override
    public List<String> args(Job job) {
        return job == null ? List.of(FACT_JOB, listed) : List.of(job.code(), job.family(), listed);
    }
}
