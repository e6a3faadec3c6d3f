package fr.segur.eligibility.rules;

import java.util.List;

/** A message for people, as a key and its arguments; rendered in French or English at the edge. */
public record Message(String key, List<String> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
