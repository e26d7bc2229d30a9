package nl.wsp.vacancy.werkgever;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** Our copy of {@code nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdviseurGeregistreerdV1(UUID adviseurId, String partner, String naam, String regio) {

    public static final String TYPE = "nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1";
}
