package nl.wsp.matching.voordracht.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.matchen.api.Rangbesluit;
import nl.wsp.matching.voordracht.Besluiten;
import nl.wsp.matching.voordracht.Voordracht;

import nl.wsp.platform.logboek.Betrokkene;

import java.time.Instant;
import java.util.UUID;

/** A proposal, its outcome and the recorded decision that placed the candidate ({@code besluit}; absent on old ones). {@code status}: voorgedragen, uitgenodigd, aangenomen or afgewezen. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoordrachtWeergave(UUID id, UUID vacatureId, @Betrokkene UUID kandidaatId, String partner, String kandidaatPartner,
                                 String vacaturePartner, String status, String reden, String toelichting,
                                 String voorgedragenDoor, Instant voorgedragenOp, String uitkomstDoor, Instant uitkomstOp,
                                 Rangbesluit besluit) {

    public static VoordrachtWeergave van(Voordracht v) {
        return new VoordrachtWeergave(v.id, v.vacatureId, v.kandidaatId, v.partner, v.kandidaatPartner, v.vacaturePartner,
                v.status.name().toLowerCase(), v.reden, v.toelichting, v.voorgedragenDoor, v.voorgedragenOp, v.uitkomstDoor,
                v.uitkomstOp, Besluiten.van(v));
    }
}
