package fr.segur.eligibility.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.segur.eligibility.api.FieldError;
import java.util.List;

/** An RFC 9457 problem body; {@code errors} names each faulty field by the JSON path the caller sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
