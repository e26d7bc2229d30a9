package nl.wsp.matching.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * Our own copy of the fields we read from account-service's {@code nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1}
 * (docs/events.md); the name and region it also carries are ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdviseurGeregistreerdV1(UUID adviseurId, String partner) {

    public static final String TYPE = "nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1";
}
