package nl.wsp.matching.voordracht.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.matchen.api.Rangbesluit;
import nl.wsp.matching.voordracht.Besluiten;
import nl.wsp.matching.voordracht.Voordracht;

import nl.wsp.platform.logboek.Betrokkene;

import java.time.Instant;
import java.util.UUID;

/** A proposal, its outcome and the recorded decision that placed the candidate ({@code besluit}; absent on old ones). {@code status}: voorgedragen, uitgenodigd, aangenomen or afgewezen. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoordrachtWeergave(UUID id, UUID vacatureId, @Betrokkene UUID kandidaatId, @Nullable String partner, @Nullable String kandidaatPartner,
                                 @Nullable String vacaturePartner, String status, @Nullable String reden, @Nullable String toelichting,
                                 @Nullable String voorgedragenDoor, Instant voorgedragenOp, @Nullable String uitkomstDoor, @Nullable Instant uitkomstOp,
                                 @Nullable Rangbesluit besluit) {

    public static VoordrachtWeergave van(Voordracht v) {
        return new VoordrachtWeergave(v.id, v.vacatureId, v.kandidaatId, v.partner, v.kandidaatPartner, v.vacaturePartner,
                v.status.code(), v.reden, v.toelichting, v.voorgedragenDoor, v.voorgedragenOp, v.uitkomstDoor,
                v.uitkomstOp, Besluiten.van(v));
    }
}
