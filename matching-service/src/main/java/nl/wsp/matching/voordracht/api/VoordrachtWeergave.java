package nl.wsp.matching.voordracht.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.matchen.api.Rangbesluit;
import nl.wsp.matching.voordracht.Afwijzingsreden;
import nl.wsp.matching.voordracht.Besluiten;
import nl.wsp.matching.voordracht.Voordracht;

import nl.wsp.platform.logboek.Betrokkene;
import nl.wsp.platform.opslag.MetCode;

import java.time.Instant;
import java.util.UUID;

/** A proposal, its outcome and the recorded decision that placed the candidate ({@code besluit}; absent on old ones). {@code status}: voorgedragen, uitgenodigd, aangenomen or afgewezen. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoordrachtWeergave(@Schema(examples = "e2f4a6c8-1b3d-4e5f-8a7b-9c0d1e2f3a4b") UUID id, @Schema(examples = "4b7e2c91-5d3a-4f6e-8a1b-2c9d0e7f6a53") UUID vacatureId, @Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @Betrokkene UUID kandidaatId, @Nullable String partner, @Nullable String kandidaatPartner,
                                 @Nullable String vacaturePartner, @Schema(examples = "voorgedragen") Voordracht.Status status, @Nullable Afwijzingsreden reden, @Nullable String toelichting,
                                 @Nullable String voorgedragenDoor, Instant voorgedragenOp, @Nullable String uitkomstDoor, @Nullable Instant uitkomstOp,
                                 @Nullable Rangbesluit besluit) {

    public static VoordrachtWeergave van(Voordracht v) {
        return new VoordrachtWeergave(v.id(), v.vacatureId(), v.kandidaatId(), v.partner(), v.kandidaatPartner(), v.vacaturePartner(),
                v.status(), MetCode.van(Afwijzingsreden.class, v.reden()), v.toelichting(), v.voorgedragenDoor(), v.voorgedragenOp(),
                v.uitkomstDoor(), v.uitkomstOp(), Besluiten.van(v));
    }
}
