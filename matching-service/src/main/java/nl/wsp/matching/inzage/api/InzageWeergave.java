package nl.wsp.matching.inzage.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.matching.instrument.api.InzetWeergave;
import nl.wsp.matching.kandidaat.api.KandidaatWeergave;
import nl.wsp.matching.nazorg.api.NazorgmomentWeergave;
import nl.wsp.matching.plaatsing.api.PlaatsingWeergave;
import nl.wsp.matching.voordracht.api.VoordrachtWeergave;
import nl.wsp.platform.logboek.Verwerkingslogboek;

import java.time.Instant;
import java.util.List;

/**
 * Everything matching-service holds on one candidate (the data subject's right of access, AVG art. 15): the full
 * profile with personal data and life-domain notes; every proposal with its remarks and the recorded decision that
 * placed the candidate (rank, suitability and its factors, priority rule and its version); every placement; every
 * instrument deployment with amount, reason and history; every after-care check-in with its note; every row of the
 * processing log; and what the other services hold ({@code andereDiensten}).
 */
public record InzageWeergave(@Schema(examples = "2027-01-12T14:00:00Z") Instant opgesteldOp, @Nullable KandidaatWeergave kandidaat, List<VoordrachtWeergave> voordrachten,
                             List<PlaatsingWeergave> plaatsingen, List<InzetWeergave> instrumentInzetten,
                             List<NazorgmomentWeergave> nazorgmomenten, @Schema(examples = "[{\"tijdstip\": \"2027-01-11T10:30:00+01:00\", \"wie\": \"1c9e5a3f-7b2d-4e8a-9f6c-3a5b7d9e1f20\", \"rol\": \"adviseur\", \"partner\": \"gemeente-amersfoort\", \"doel\": \"bemiddeling\", \"actie\": \"gematcht\", \"traceId\": \"4bf92f3577b34da6a3ce929d0e0e4736\", \"spanId\": \"00f067aa0ba902b7\", \"status\": \"OK\", \"dienst\": \"matching-service\", \"verwerkingsactiviteit\": \"Matching en bemiddeling: matchen, voordragen, plaatsen\", \"verwerkingsactiviteitId\": \"urn:nl:wsp:verwerkingsactiviteit:matching-service:bemiddeling\", \"doeleinde\": \"Een kandidaat naar passend werk bemiddelen volgens de prioriteitsregels van de regio\", \"grondslag\": \"AVG art. 6 lid 1 sub e; Participatiewet art. 7 lid 1 onder a; Wet SUWI art. 10\"}]") List<Verwerkingslogboek.Regel> verwerkingen,
                             List<AndereDienst> andereDiensten, @Nullable String toelichting) {

    /** What another service of the platform holds on this candidate, and how that is known. */
    public record AndereDienst(@Schema(examples = "reporting-service") String dienst, @Schema(examples = "Alleen aantallen plaatsingen per gemeente, partner, doelgroep en maand; geen kandidaat-id.") String bewaart) {
    }
}
