package nl.wsp.matching.doelstelling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * This service's copy of reporting-service's nl.werkgeversdienstverlening.doelstellingen.voortgang-gewijzigd.v1: one placement
 * target's progress, what {@code prioriteit-v2}'s solidarity rule reads (ADR 0027). {@code totJaar} is not in the event
 * yet: absent, the target spans {@code jaar} alone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DoelstellingVoortgangGewijzigdV1(UUID doelstellingId, String regio, Integer jaar, Integer totJaar, String doelgroep,
                                      List<String> partners, List<String> gemeenten, Integer doel, Integer gerealiseerd,
                                      Boolean vervallen) {
    public static final String TYPE = "nl.werkgeversdienstverlening.doelstellingen.voortgang-gewijzigd.v1";
}
