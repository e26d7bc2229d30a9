package nl.wsp.matching.overdracht.api;

import jakarta.annotation.Nullable;
import nl.wsp.matching.overdracht.Overdracht;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A handover as both partners see it: who offered it to whom and why, and the receiving partner's decision. The
 * candidate is named by id only; its profile is read as {@code leesKandidaat} allows.
 */
public record OverdrachtWeergave(@Schema(examples = "7c1e3a5b-9d2f-4e6a-8b0c-1d3e5f7a9b2c") UUID id,
                                 @Schema(examples = "3f6b8d0e-2a4c-4e6f-8a1b-3c5d7e9f1a2b") UUID kandidaatId,
                                 @Schema(examples = "uwv-midden-utrecht") String vanPartner,
                                 @Schema(examples = "gemeente-soest") String naarPartner,
                                 @Schema(examples = "einde-ww") Overdracht.Reden reden,
                                 @Schema(examples = "aangeboden") Overdracht.Status status,
                                 @Schema(description = "De adviseur-id of het systeem dat aanbood", examples = "5b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e") String aangebodenDoor,
                                 @Schema(examples = "2027-01-11T09:30:00Z") Instant aangebodenOp,
                                 @Schema(description = "Wie besloot, leeg zolang aangeboden") @Nullable String beslotenDoor,
                                 @Schema(description = "Leeg zolang aangeboden", examples = "2027-01-12T10:00:00Z") @Nullable Instant beslotenOp,
                                 @Schema(description = "Alleen bij geweigerd; leeg nadat de kandidaat is gewist", examples = "Woont niet in een van onze gemeenten") @Nullable String redenWeigering) {

    public static OverdrachtWeergave van(Overdracht o) {
        return new OverdrachtWeergave(o.id(), o.kandidaatId(), o.vanPartner(), o.naarPartner(), o.reden(), o.status(),
                o.aangebodenDoor(), o.aangebodenOp(), o.beslotenDoor(), o.beslotenOp(), o.redenWeigering());
    }
}
