package fr.segur.eligibility.rules;

/** Flags of the job catalogue: a Laforcade job, a socio-educational job, a job of the Nexem « Ségur 2 » indemnity. */
public enum JobFlag {
    LAFORCADE, SOCIO_EDUCATIF, S2
}
