package fr.segur.eligibility.api;

import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.validation.InvalidRequestException;
import java.util.List;
import java.util.Locale;

/**
 * How much of an answer to write ({@code ?detail=}): {@code full} (the default) or {@code summary}, the same
 * answer without {@code justification} and {@code decisions}, for bulk use where the explanation is not read.
 */
public enum Detail {
    FULL, SUMMARY;

    /** The level named by the query parameter (absent: full); an unknown value is a 400 naming {@code detail}. */
    public static Detail parse(String value, Locale locale) {
        if (value == null || value.isEmpty() || value.equals("full")) {
            return FULL;
        }
        if (value.equals("summary")) {
            return SUMMARY;
        }
        throw new InvalidRequestException(List.of(new FieldError("detail",
                Messages.render(locale, "error.unknownCode", value, "full, summary"))));
    }
}
