package nl.wsp.matching.inzage.api;

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
public record InzageWeergave(Instant opgesteldOp, @Nullable KandidaatWeergave kandidaat, List<VoordrachtWeergave> voordrachten,
                             List<PlaatsingWeergave> plaatsingen, List<InzetWeergave> instrumentInzetten,
                             List<NazorgmomentWeergave> nazorgmomenten, List<Verwerkingslogboek.Regel> verwerkingen,
                             List<AndereDienst> andereDiensten, @Nullable String toelichting) {

    /** What another service of the platform holds on this candidate, and how that is known. */
    public record AndereDienst(String dienst, String bewaart) {
    }
}
