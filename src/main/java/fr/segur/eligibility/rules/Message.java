package fr.segur.eligibility.rules;

import java.util.List;

/** A message for people, as a key and its arguments; rendered in French or English at the edge. */
public record Message(String key, List<String> args) {

    public static Message of(String key, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new Message(key, List.of(texts));
    }
}
