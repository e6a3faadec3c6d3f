package fr.segur.eligibility.api;

import fr.segur.eligibility.rules.Message;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders the engine's message keys in French (default) or English. */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle FR = ResourceBundle.getBundle("messages.messages", Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle("messages.messages", ENGLISH, NO_FALLBACK);

    private Messages() {
    }

    /** English when the caller's Accept-Language prefers it, French otherwise. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FRENCH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale best = Locale.lookup(ranges, List.of(FRENCH, ENGLISH));
            return ENGLISH.equals(best) ? ENGLISH : FRENCH;
        } catch (IllegalArgumentException e) {
            return FRENCH;
        }
    }

    public static String render(Locale locale, Message message) {
        return render(locale, message.key(), message.args().toArray());
    }

    public static String render(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ENGLISH.equals(locale) ? EN : FR;
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, locale).format(args);
    }
}
