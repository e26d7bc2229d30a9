package nl.wsp.reporting.realisatie;

import java.util.List;
import java.util.UUID;

/**
 * {@code nl.werkgeversdienstverlening.doelstellingen.voortgang-gewijzigd.v1} on {@code wsp.reporting.doelstelling-status}
 * (docs/events.md), keyed by the target's id: one placement target's realisation, whether it names a partner or a group of
 * municipalities, for matching's solidarity rule of {@code prioriteit-v2} (ADR 0027). Who counts towards it: placements
 * of {@code partners}' candidates, or of candidates living in one of {@code gemeenten}, in {@code jaar}, of
 * {@code doelgroep} (as reporting-service README, "Targets", says). {@code vervallen}: the target was removed (or is no
 * longer a placement target); forget it.
 */
public record DoelstellingVoortgangGewijzigd(UUID doelstellingId, String regio, int jaar, String doelgroep, List<String> partners,
                                               List<String> gemeenten, int doel, int gerealiseerd, boolean vervallen) {

    public static final String TYPE = "nl.werkgeversdienstverlening.doelstellingen.voortgang-gewijzigd.v1";
}
