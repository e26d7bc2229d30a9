package nl.wsp.platform.privacy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;

/**
 * Jackson's own String deserializer, plus the BSN check while a request body is read ({@link BsnBewaking}): every
 * String of every body, at any depth (fields, list elements, map values), without the service writing it.
 * Reading events, stored JSON or resources is left alone: those strings came through a checked request or are ours.
 */
final class BsnWeigerendeString extends StdScalarDeserializer<String> {

    BsnWeigerendeString() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String waarde = StringDeserializer.instance.deserialize(p, ctxt);
        if (BsnBewaking.actief() && Bsn.komtVoorIn(waarde)) {
            throw new BsnGevonden(p);
        }
        return waarde;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
        return "";
    }
}
