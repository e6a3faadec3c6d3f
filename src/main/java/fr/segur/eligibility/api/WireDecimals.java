package fr.segur.eligibility.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The number forms the contract allows, read exactly as it describes them (Jackson's defaults accept more: "1e2",
 * " 238", "413" for an integer), so that a value the schema refuses is refused by the service too.
 */
public final class WireDecimals {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern MONEY = Pattern.compile("-?[0-9]+\\.[0-9]{2}");

    private WireDecimals() {
    }

    /** A ratio or hours: a JSON number, or a string of digits with an optional dot and digits. */
    public static final class Decimal extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isNumeric()) {
                return p.getDecimalValue();
            }
            if (p.currentToken() == JsonToken.VALUE_STRING && DECIMAL.matcher(p.getText()).matches()) {
                return new BigDecimal(p.getText());
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }

    /** Money: a string with exactly two decimals; anything else reads as null, which the caller refuses by field. */
    public static final class Money extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && MONEY.matcher(p.getText()).matches()) {
                return new BigDecimal(p.getText());
            }
            p.skipChildren();
            return null;
        }
    }

    /** An integer as a JSON integer only, never a string or a decimal. */
    public static final class Integral extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
        }
    }
}
