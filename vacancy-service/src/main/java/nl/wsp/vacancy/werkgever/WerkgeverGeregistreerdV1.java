package nl.wsp.vacancy.werkgever;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * Our copy of the fields we read from {@code nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1} and {@code …gewijzigd.v1}
 * (docs/events.md: the same shape). Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WerkgeverGeregistreerdV1(UUID werkgeverId, String kvkNummer, String naam, String vestigingsgemeente,
                                       String regio, String sector, Integer aantalWerknemers) {

    public static final String GEREGISTREERD = "nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1";
    public static final String GEWIJZIGD = "nl.werkgeversdienstverlening.werkgevers.gewijzigd.v1";
}
