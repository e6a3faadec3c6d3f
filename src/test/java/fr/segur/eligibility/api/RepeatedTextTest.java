package fr.segur.eligibility.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text written through {@link RepeatedText} is byte for byte what Jackson writes for the plain string. */
class RepeatedTextTest {

    /** A mapper per test: each has its own serializers, so that one test's texts never fill another's. */
    private final ObjectMapper mapper = new ObjectMapper();

    record Plain(String text) {
    }

    record Encoded(@JsonSerialize(using = RepeatedText.class) String text) {
    }

    @Test
    void writesTheSameBytesAsJacksonForAwkwardTexts() throws Exception {
        List<String> texts = List.of("Montant dû : 190.40 € (arrondi)", "guillemets \" et \\ barre", "tab\tnl\nnul\u0000",
                "</script> & <b>", "emoji \uD83D\uDCB6 et \u2028 séparateur", "", "Accord du 4 juin 2024 relatif à l'extension");
        for (String text : texts) {
            // Twice: the first write encodes and keeps the text, the second writes the kept form.
            for (int i = 0; i < 2; i++) {
                assertEquals(mapper.writeValueAsString(new Plain(text)), mapper.writeValueAsString(new Encoded(text)), text);
            }
        }
    }

    @Test
    void beyondItsBoundItStillWritesEveryTextRight() throws Exception {
        for (int i = 0; i < RepeatedText.MAX_TEXTS + 1_000; i++) {
            String text = "Temps de travail 0." + i + " : facteur é" + i;
            assertEquals(mapper.writeValueAsString(new Plain(text)), mapper.writeValueAsString(new Encoded(text)));
        }
    }
}
