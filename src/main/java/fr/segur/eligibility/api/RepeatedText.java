package fr.segur.eligibility.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a text that recurs in most answers (a legal reference, a version's identity, a calculation line) from its
 * JSON form encoded once: escaping and UTF-8-encoding these long accented texts was a third of a bulk answer's
 * time. The bytes are those Jackson writes for the plain string.
 */
public final class RepeatedText extends StdSerializer<String> {

    /** Beyond this many distinct texts of a property (calculation lines vary with pay), texts are encoded per answer. */
    static final int MAX_TEXTS = 4096;
    /** Jackson makes one serializer per property that names it: each property keeps its own texts. */
    private final Map<String, SerializedString> encoded = new ConcurrentHashMap<>();

    public RepeatedText() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        SerializedString text = encoded.get(value);
        if (text == null) {
            if (encoded.size() >= MAX_TEXTS) {
                gen.writeString(value);
                return;
            }
            text = encoded.computeIfAbsent(value, SerializedString::new);
        }
        gen.writeString(text);
    }
}
