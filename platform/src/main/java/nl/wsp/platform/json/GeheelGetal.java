package nl.wsp.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * Reads a count as a JSON integer only: {@code 1.5} placements, planned placements or months is refused (400 naming the field)
 * instead of being cut to {@code 1}, and so is a number beyond the range of an int. Put on a field with
 * {@code @JsonDeserialize(using = GeheelGetal.class)}. (The frame's StrictJson already refuses floats for integers; this also names the field in Dutch.)
 */
public class GeheelGetal extends StdDeserializer<Integer> {

    public GeheelGetal() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            return (Integer) ctxt.handleUnexpectedToken(Integer.class, JsonToken.VALUE_NUMBER_INT, p,
                    "een geheel getal verwacht");
        }
        return p.getIntValue();
    }
}
