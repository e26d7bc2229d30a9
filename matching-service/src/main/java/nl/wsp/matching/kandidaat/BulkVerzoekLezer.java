package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import nl.wsp.matching.kandidaat.api.BulkVerzoekRuw;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bulk push ({@code {"kandidaten": [...]}}) in one pass and takes each item's {@link Aanleverhash} over its
 * bytes as sent, so no item is written out again to be hashed. Anything but that one shape (another field, trailing
 * content, malformed JSON, a duplicate key) is read again by Jackson as any body is, so its refusal is the one every
 * other body gets. The body is already bounded by the HTTP limit (4 MiB).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100) // before the Jackson reader, which reads any type
public class BulkVerzoekLezer implements MessageBodyReader<BulkVerzoekRuw> {

    private final ObjectMapper json;
    /** Reads one item where the parser stands; what follows it is the array's, not trailing content. */
    private final ObjectReader item;

    BulkVerzoekLezer(ObjectMapper json) {
        this.json = json;
        this.item = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == BulkVerzoekRuw.class;
    }

    @Override
    public BulkVerzoekRuw readFrom(Class<BulkVerzoekRuw> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                                   MultivaluedMap<String, String> headers, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readAllBytes();
        if (body.length == 0) {
            return null; // as Jackson's own reader: the operation's @NotNull names the missing body
        }
        BulkVerzoekRuw gelezen = inEenDoorgang(body);
        return gelezen != null ? gelezen : json.readValue(body, BulkVerzoekRuw.class);
    }

    /** The items with the hash of each one's bytes; {@code null} for a body of another shape (Jackson reads it). */
    BulkVerzoekRuw inEenDoorgang(byte[] body) {
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !"kandidaten".equals(p.currentName()) || p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<JsonNode> items = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            MessageDigest sha = Aanleverhash.sha256();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    return null;
                }
                int van = (int) p.currentTokenLocation().getByteOffset();
                JsonNode gelezen = item.readValue(p);
                int tot = (int) p.currentLocation().getByteOffset();
                items.add(gelezen);
                hashes.add(gelezen != null && gelezen.isObject() ? Aanleverhash.van(sha, body, van, tot) : null);
            }
            if (p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return new BulkVerzoekRuw(items, hashes);
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("a byte array cannot fail to be read", e);
        }
    }
}
