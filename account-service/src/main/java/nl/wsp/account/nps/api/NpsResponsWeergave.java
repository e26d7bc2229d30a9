package nl.wsp.account.nps.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.account.nps.NpsRespons;

import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NpsResponsWeergave(@Schema(examples = "e4a7c1b9-2d6f-4a3e-8c5b-9f1d0e7a6b38") UUID id, @Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId,
                                 @Schema(examples = "2026-2") String meetronde, @Schema(examples = "9") int score, @Schema(examples = "Snel contact en goede kandidaten voorgedragen") @Nullable String toelichting,
                                 @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID accountmanagerId, @Nullable String partner, @Nullable String regio, Instant geregistreerdOp) {

    public static NpsResponsWeergave van(NpsRespons r) {
        return new NpsResponsWeergave(r.id(), r.werkgeverId(), r.meetronde(), r.score(), r.toelichting(), r.accountmanagerId(),
                r.partner(), r.regio(), r.geregistreerdOp());
    }
}
