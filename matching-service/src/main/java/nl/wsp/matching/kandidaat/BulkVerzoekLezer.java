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
 * Reads a bulk push ({@code {"kandidaten": [...]}}, optionally with {@code "intrekkingen": [...]} before or after) in
 * one pass and takes each item's {@link Aanleverhash} over its bytes as sent, so no item is written out again to be
 * hashed. Anything but that one shape (another field, trailing
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

    /**
     * The items with the hash of each one's bytes, and the withdrawals ({@code intrekkingen}, optional, before or after
     * the items; read as they are, not hashed); {@code null} for a body of another shape (Jackson reads it).
     */
    BulkVerzoekRuw inEenDoorgang(byte[] body) {
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            List<JsonNode> items = null;
            List<String> hashes = null;
            List<JsonNode> intrekkingen = null;
            for (JsonToken veld = p.nextToken(); veld != JsonToken.END_OBJECT; veld = p.nextToken()) {
                if (veld != JsonToken.FIELD_NAME || p.nextToken() != JsonToken.START_ARRAY) {
                    return null;
                }
                if ("kandidaten".equals(p.currentName()) && items == null) {
                    items = new ArrayList<>();
                    hashes = new ArrayList<>();
                    if (!leesItems(p, body, items, hashes)) {
                        return null;
                    }
                } else if ("intrekkingen".equals(p.currentName()) && intrekkingen == null) {
                    intrekkingen = new ArrayList<>();
                    if (!leesItems(p, body, intrekkingen, null)) {
                        return null;
                    }
                } else {
                    return null; // another field, or one sent twice
                }
            }
            if (items == null || p.nextToken() != null) {
                return null;
            }
            return new BulkVerzoekRuw(items, hashes, intrekkingen);
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("a byte array cannot fail to be read", e);
        }
    }

    /**
     * Reads the array the parser stands at into {@code items}, with each object's hash into {@code hashes} unless that
     * is {@code null}; {@code false} where the body ends first.
     */
    private boolean leesItems(JsonParser p, byte[] body, List<JsonNode> items, List<String> hashes) throws IOException {
        MessageDigest sha = hashes == null ? null : Aanleverhash.sha256();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                return false;
            }
            int van = (int) p.currentTokenLocation().getByteOffset();
            JsonNode gelezen = item.readValue(p);
            int tot = (int) p.currentLocation().getByteOffset();
            items.add(gelezen);
            if (hashes != null) {
                hashes.add(gelezen != null && gelezen.isObject() ? Aanleverhash.van(sha, body, van, tot) : null);
            }
        }
        return true;
    }
}
