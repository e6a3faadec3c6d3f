package fr.segur.eligibility.rules;

/** Flags of the job catalogue: a Laforcade job, a socio-educational job. */
public enum JobFlag {
    LAFORCADE, SOCIO_EDUCATIF
}
