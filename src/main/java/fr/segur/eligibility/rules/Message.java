package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Objects;

/**
 * A message for people, as a key and its arguments; rendered in French or English at the edge. A message shared
 * by many answers (a criterion's finding, a plan's calculation line) keeps its rendering in each language, so
 * that it is rendered once rather than once per answer.
 */
public final class Message {

    private final String key;
    private final List<String> args;
    /** The French and English renderings once made; a race only renders the same text twice. */
    private String french;
    private String english;

    public Message(String key, List<String> args) {
        this.key = key;
        this.args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new Message(key, List.of(texts));
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }

    /** The rendering already made in the language, or null. */
    public String rendered(boolean inEnglish) {
        return inEnglish ? english : french;
    }

    /** Keeps a rendering made in the language and returns it. */
    public String keep(boolean inEnglish, String text) {
        if (inEnglish) {
            english = text;
        } else {
            french = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && key.equals(m.key) && args.equals(m.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, args);
    }

    @Override
    public String toString() {
        return "Message[key=" + key + ", args=" + args + "]";
    }
}
