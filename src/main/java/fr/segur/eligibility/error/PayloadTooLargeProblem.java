package fr.segur.eligibility.error;

/** A request above a configured limit (body size, batch size): 413. */
public class PayloadTooLargeProblem extends RuntimeException {

    public PayloadTooLargeProblem(String detail) {
        super(detail);
    }
}
