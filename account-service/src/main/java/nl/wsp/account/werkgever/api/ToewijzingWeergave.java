package nl.wsp.account.werkgever.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.werkgever.AccountmanagerToewijzing;

import java.time.Instant;
import java.util.UUID;

/** One entry of an employer's account-manager history. */
public record ToewijzingWeergave(@Schema(examples = "a9e2b5c8-3f1d-4e6a-9b7c-4d2e1f0a8c63") UUID id, @Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId,
                                 @Schema(examples = "1") long volgnummer, @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID accountmanagerId,
                                 @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID vorigeAccountmanagerId,
                                 @Schema(examples = "Werkgever valt onder de sectortafel Bouw en Techniek") @Nullable String reden, @Nullable String toegewezenDoor, Instant toegewezenOp) {

    public static ToewijzingWeergave van(AccountmanagerToewijzing t) {
        return new ToewijzingWeergave(t.id(), t.werkgeverId(), t.volgnummer(), t.accountmanagerId(),
                t.vorigeAccountmanagerId(), t.reden(), t.toegewezenDoor(), t.toegewezenOp());
    }
}
