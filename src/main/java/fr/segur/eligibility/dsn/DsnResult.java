package fr.segur.eligibility.dsn;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.segur.eligibility.api.BatchResult;

/**
 * The answer for one contract of a DSN: the fields of a batch result, where the contract sits in the file and, for a
 * public agent, the audit of the CTI paid against the CTI due.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DsnResult(@JsonUnwrapped BatchResult result, Source source, Audit audit) {

    /** The contract's first line in the file and the SIRET of the establishment it was evaluated for. */
    public record Source(int line, String siret) {
    }

    /** CTI due for the month, CTI paid (S21.G00.51 type 022), and paid minus due; money as strings with two decimals. */
    public record Audit(String due, String paid, String difference) {
    }
}
