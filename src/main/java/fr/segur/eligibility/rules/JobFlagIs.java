package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/** The employee's job carries a catalogue flag (a Laforcade job, a socio-educational job). */
public record JobFlagIs(JobFlag flag, VerdictMemo memo) implements Criterion {
    public JobFlagIs(JobFlag flag) {
        this(flag, new VerdictMemo());
    }

    @Override
    public String name() { return "jobFlag"; }

    @Override
    public Verdict evaluate(CriterionContext c) {
        Job job = c.facts().job();
        String code = job == null ? null : job.code();
        Verdict known = memo.get(code);
        return known != null ? known : memo.keep(code, explain(job));
    }

    private Verdict explain(Job job) {
        if (job == null) {
            return Verdict.unknown(FACT_JOB, Criteria.finding(name(), Truth.UNKNOWN, List.of(FACT_JOB, flag.name())));
        }
        boolean has = job.has(flag);
        return Verdict.known(has, Criteria.finding(name(), Truth.of(has), List.of(job.code(), flag.name())));
    }

    @Override
    public Truth test(CriterionContext c) {
        Job job = c.facts().job();
        return job == null ? Truth.UNKNOWN : Truth.of(job.has(flag));
    }

    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
        missing.add(FACT_JOB);
    }
}
