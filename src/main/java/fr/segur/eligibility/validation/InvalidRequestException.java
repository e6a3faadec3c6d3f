package fr.segur.eligibility.validation;

import fr.segur.eligibility.api.FieldError;
import java.util.List;

/** A request that names unknown codes or impossible values: answered 400 with one error per field. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("invalid request: " + errors.size() + " field error(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
