package nl.wsp.matching.voordracht;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.wsp.matching.matchen.api.Rangbesluit;

/**
 * A proposal's recorded decision as the JSON of column {@code voordracht.besluit}: written once, read back for the
 * proposal, the inzage and the processing log. Our own mapper: stored data is ours and not a request to guard.
 */
public final class Besluiten {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Besluiten() {
    }

    static String alsJson(Rangbesluit besluit) {
        try {
            return JSON.writeValueAsString(besluit);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision cannot be serialised", e);
        }
    }

    /** The decision of a proposal; null for one made before decisions were recorded. */
    public static Rangbesluit van(Voordracht v) {
        if (v.besluit() == null) {
            return null;
        }
        try {
            return JSON.readValue(v.besluit(), Rangbesluit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision of proposal " + v.id() + " cannot be read", e);
        }
    }
}
