package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/**
 * nl.werkgeversdienstverlening.kandidaten.gewist.v1: every service drops what it holds on this id. Carries nothing but the id. Inside the
 * service (CDI, the erasure's transaction) it also says which random id stands for the candidate from now on in the
 * rows kept for counting (proposals, placements, after-care, instruments), so they no longer name the erased id.
 */
public record KandidaatGewistV1(UUID kandidaatId, @JsonIgnore Instant gewistOp, @JsonIgnore UUID vervangendeId) {
    public static final String TOPIC = "wsp.matching.kandidaten";
    public static final String TYPE = "nl.werkgeversdienstverlening.kandidaten.gewist.v1";
}
