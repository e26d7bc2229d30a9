package nl.wsp.account.werkgever.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.werkgever.AccountmanagerToewijzing;

import java.time.Instant;
import java.util.UUID;

/** One entry of an employer's account-manager history. */
public record ToewijzingWeergave(UUID id, @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId, long volgnummer, @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID accountmanagerId,
                                 @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID vorigeAccountmanagerId, @Nullable String reden, @Nullable String toegewezenDoor, Instant toegewezenOp) {

    public static ToewijzingWeergave van(AccountmanagerToewijzing t) {
        return new ToewijzingWeergave(t.id(), t.werkgeverId(), t.volgnummer(), t.accountmanagerId(),
                t.vorigeAccountmanagerId(), t.reden(), t.toegewezenDoor(), t.toegewezenOp());
    }
}
