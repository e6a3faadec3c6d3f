package fr.segur.eligibility.error;

import fr.segur.eligibility.i18n.Messages;
import java.util.Locale;

/** A resource the caller named does not exist (unknown rule set or version): 404, its detail in the caller's language. */
public class NotFoundProblem extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    /** {@code key} names the detail in the message bundles, rendered with {@code args}. */
    public NotFoundProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String detail(Locale locale) {
        return Messages.render(locale, key, args);
    }
}
