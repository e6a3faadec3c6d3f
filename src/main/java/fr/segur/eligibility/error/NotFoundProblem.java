package fr.segur.eligibility.error;

/** A resource the caller named does not exist (unknown rule set or version): 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String detail) {
        super(detail);
    }
}
