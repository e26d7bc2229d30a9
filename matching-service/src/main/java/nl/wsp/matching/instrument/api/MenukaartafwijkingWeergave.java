package nl.wsp.matching.instrument.api;

import nl.wsp.matching.instrument.InstrumentInzet;
import nl.wsp.matching.instrument.Instrumentsoort;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request that fell outside the regional menu on the MT's exception, as the region's beheerder sees it: who approved,
 * when and why, and who recorded it — not the candidate (the beheerder needs no candidate, ADR 0029).
 */
public record MenukaartafwijkingWeergave(@Schema(examples = "1d3f5b7e-9c2a-4b6d-8f0e-2c4a6e8b0d13") UUID inzetId,
                                         @Schema(examples = "proefplaatsing") Instrumentsoort soort,
                                         @Schema(examples = "gemeente-tilburg") String betalendePartner,
                                         @Schema(examples = "aangevraagd") InstrumentInzet.Status status,
                                         @Schema(examples = "J. de Vries, MT WerkgeversServicepunt Midden-Brabant") String goedgekeurdDoor,
                                         @Schema(examples = "2031-03-18") LocalDate goedgekeurdOp,
                                         @Schema(examples = "Een langere proefplaatsing is nodig voor de nachtdienst",
                                                 description = "Leeg nadat de kandidaat is gewist") @Nullable String reden,
                                         @Schema(examples = "5b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e") String vastgelegdDoor,
                                         @Schema(examples = "2031-03-20T09:00:00Z") Instant vastgelegdOp) {

    public static MenukaartafwijkingWeergave van(InstrumentInzet i) {
        return new MenukaartafwijkingWeergave(i.id(), i.soort(), i.betalendePartner(), i.status(), i.afwijkingGoedgekeurdDoor(),
                i.afwijkingGoedgekeurdOp(), i.afwijkingReden(), i.aangevraagdDoor(), i.aangevraagdOp());
    }
}
