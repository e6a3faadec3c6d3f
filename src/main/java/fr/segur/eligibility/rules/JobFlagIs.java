package fr.segur.eligibility.rules;

import java.util.List;

/** The employee's job carries a catalogue flag (a Laforcade job, a socio-educational job). */
public record JobFlagIs(JobFlag flag, VerdictMemo memo) implements JobCriterion {

    public JobFlagIs(JobFlag flag) {
        this(flag, new VerdictMemo());
    }

    @Override
    public String name() {
        return "jobFlag";
    }

    @Override
    public boolean holds(Job job) {
        return job.has(flag);
    }

    @Override
    public List<String> args(Job job) {
        return List.of(job == null ? FACT_JOB : job.code(), flag.name());
    }
}
