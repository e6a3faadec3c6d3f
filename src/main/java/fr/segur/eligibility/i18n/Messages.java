package fr.segur.eligibility.i18n;

import fr.segur.eligibility.rules.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders the engine's message keys in French (default) or English. The bundles are compiled once into
 * immutable templates (MessageFormat syntax, string arguments only), so rendering is cheap and thread-safe.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Template> FR = compile(ResourceBundle.getBundle("messages.messages", Locale.ROOT, NO_FALLBACK));
    private static final Map<String, Template> EN = compile(ResourceBundle.getBundle("messages.messages", ENGLISH, NO_FALLBACK));

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
        boolean english = ENGLISH.equals(locale);
        String text = message.rendered(english);
        return text != null ? text : message.keep(english, render(locale, message.key(), message.args().toArray()));
    }

    public static String render(Locale locale, String key, Object... args) {
        Template template = (ENGLISH.equals(locale) ? EN : FR).get(key);
        return template == null ? key : template.format(args);
    }

    private static Map<String, Template> compile(ResourceBundle bundle) {
        Map<String, Template> templates = new HashMap<>();
        for (String key : bundle.keySet()) {
            templates.put(key, Template.parse(bundle.getString(key)));
        }
        return Map.copyOf(templates);
    }

    /** A pattern cut into literal text and argument positions: {@code ''} is a quote, {@code 'x'} quotes x. */
    private record Template(List<String> literals, int[] arguments, int literalLength) {

        Template(List<String> literals, int[] arguments) {
            this(literals, arguments, literals.stream().mapToInt(String::length).sum());
        }

        static Template parse(String pattern) {
            List<String> literals = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        text.append('\'');
                        i++;
                    } else {
                        int end = pattern.indexOf('\'', i + 1);
                        end = end < 0 ? pattern.length() : end;
                        text.append(pattern, i + 1, end);
                        i = end;
                    }
                } else if (c == '{') {
                    int end = pattern.indexOf('}', i);
                    literals.add(text.toString());
                    text.setLength(0);
                    arguments.add(Integer.parseInt(pattern.substring(i + 1, end).trim()));
                    i = end;
                } else {
                    text.append(c);
                }
            }
            literals.add(text.toString());
            return new Template(List.copyOf(literals), arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        String format(Object[] args) {
            StringBuilder out = new StringBuilder(literalLength + 24 * arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                out.append(literals.get(i));
                int a = arguments[i];
                out.append(a < args.length ? String.valueOf(args[a]) : "{" + a + "}");
            }
            return out.append(literals.get(arguments.length)).toString();
        }
    }
}
