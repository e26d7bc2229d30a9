package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/** nl.werkgeversdienstverlening.kandidaten.gewist.v1: every service drops what it holds on this id. Carries nothing but the id. */
public record KandidaatGewistV1(UUID kandidaatId, @JsonIgnore Instant gewistOp) {
    public static final String TOPIC = "wsp.matching.kandidaten";
    public static final String TYPE = "nl.werkgeversdienstverlening.kandidaten.gewist.v1";
}
