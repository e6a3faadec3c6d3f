package fr.segur.eligibility.rules;

/** When an agreement applies to employers bound only by its extension order (rule-set parameter). */
public enum NonSignatoryPolicy {
    /** From the agreement's own date, as for signatory members (retroactivity disputed: warn). */
    AGREEMENT_DATE,
    /** From the publication of the extension order. */
    EXTENSION_PUBLICATION
}
