package nl.wsp.account.team.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.team.Teamlid;
import nl.wsp.platform.logboek.Betrokkene;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An adviser's membership of a unit, since when. */
public record TeamlidWeergave(@Schema(examples = "5e1f7a3c-2b9d-4c8e-a6f0-3d7b9e1c5a24") UUID teamId,
                              @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID adviseurId,
                              @Schema(examples = "2026-12-01T09:30:00Z") Instant ingedeeldOp) {

    public static TeamlidWeergave van(Teamlid l) {
        return new TeamlidWeergave(l.teamId(), l.adviseurId(), l.ingedeeldOp());
    }
}
