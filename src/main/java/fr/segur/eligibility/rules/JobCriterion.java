package fr.segur.eligibility.rules;

/** A criterion on the employee's job, memoised by job code (which identifies the catalogue entry). */
sealed interface JobCriterion extends SingleFact<Job> permits JobFamilyIn, JobFlagIs {

    @Override
    default String fact() {
        return FACT_JOB;
    }

    @Override
    default Job read(EmployeeFacts facts) {
        return facts.job();
    }

    /** The code hashes faster than the whole catalogue entry. */
    @Override
    default Object memoKey(Job job) {
        return job == null ? null : job.code();
    }
}
