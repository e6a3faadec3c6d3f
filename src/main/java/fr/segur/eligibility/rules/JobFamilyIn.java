package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/** The family of the employee's job is one of the listed families. */
public record JobFamilyIn(Set<String> families, String listed, VerdictMemo memo) implements Criterion {
    public JobFamilyIn(Set<String> families) {
        this(families, Criteria.list(families), new VerdictMemo());
    }

    @Override
    public String name() { return "jobFamilyIn"; }

    @Override
    public Verdict evaluate(CriterionContext c) {
        Job job = c.facts().job();
        String code = job == null ? null : job.code();
        Verdict known = memo.get(code);
        return known != null ? known : memo.keep(code, explain(job));
    }

    private Verdict explain(Job job) {
        if (job == null) {
            return Verdict.unknown(FACT_JOB, Criteria.finding(name(), Truth.UNKNOWN, List.of(FACT_JOB, listed)));
        }
        boolean in = families.contains(job.family());
        return Verdict.known(in, Criteria.finding(name(), Truth.of(in), List.of(job.code(), job.family(), listed)));
    }

    @Override
    public Truth test(CriterionContext c) {
        Job job = c.facts().job();
        return job == null ? Truth.UNKNOWN : Truth.of(families.contains(job.family()));
    }

    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
        missing.add(FACT_JOB);
    }
}
