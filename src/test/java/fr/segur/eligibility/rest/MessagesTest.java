package fr.segur.eligibility.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.segur.eligibility.i18n.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The compiled message templates render exactly as java.text.MessageFormat would, in both languages. */
class MessagesTest {

    @Test
    void everyMessageRendersAsMessageFormatWould() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] args = {"A0", "B1", "C2", "D3", "E4"};
            for (String key : bundle.keySet()) {
                String expected = new MessageFormat(bundle.getString(key), locale).format(args);
                assertEquals(expected, Messages.render(locale == Locale.ROOT ? Messages.FRENCH : Messages.ENGLISH, key, args), key);
            }
        }
    }

    @Test
    void acceptLanguage() {
        assertEquals(Messages.ENGLISH, Messages.fromAcceptLanguage("en-GB,en;q=0.9"));
        assertEquals(Messages.FRENCH, Messages.fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5"));
        assertEquals(Messages.FRENCH, Messages.fromAcceptLanguage("de"));
        assertEquals(Messages.FRENCH, Messages.fromAcceptLanguage(null));
        assertEquals(Messages.FRENCH, Messages.fromAcceptLanguage(";;;garbage"));
    }
}
