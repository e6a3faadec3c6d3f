package fr.segur.eligibility.catalog;

/** A rule file that cannot be trusted: the message names the file, the place in it and the problem. */
public class RuleDataException extends RuntimeException {

    public RuleDataException(String file, String problem) {
        super(file + ": " + problem);
    }

    public RuleDataException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
