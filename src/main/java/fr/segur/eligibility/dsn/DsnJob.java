package fr.segur.eligibility.dsn;

/** One line of the caller's PCS-ESE → job table (part {@code jobs}), overriding the default line of the same code. */
public record DsnJob(String pcsEse, String jobCode) {
}
