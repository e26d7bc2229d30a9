package nl.wsp.reporting.dienstverlening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Our copy of the fields of {@code nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1} this report reads (docs/events.md):
 * the optional additions {@code sector} and {@code diensten}. No employer or adviser id is kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactmomentDienstenV1(String contactmomentId, String datum, String regio, String sector, List<String> diensten) {
}
