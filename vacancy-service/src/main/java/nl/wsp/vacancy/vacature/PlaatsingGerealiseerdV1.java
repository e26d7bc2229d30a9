package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** Our copy of the fields we read from matching-service's {@code nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlaatsingGerealiseerdV1(UUID plaatsingId, UUID vacatureId, String partner) {

    public static final String TYPE = "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1";
}
