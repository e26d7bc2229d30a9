package nl.wsp.reporting.banenafspraak;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Our copy of the fields of {@code plaatsingen.gerealiseerd.v1} and {@code .beeindigd.v1} that the jobs gained and lost
 * need (docs/events.md); {@code einddatum} only on the second. No id is kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlaatsingBanenafspraakV1(String regio, List<String> doelgroepen, String startdatum, String einddatum,
                                String banenafspraakSector) {
}
