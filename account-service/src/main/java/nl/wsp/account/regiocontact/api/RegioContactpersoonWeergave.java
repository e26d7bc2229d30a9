package nl.wsp.account.regiocontact.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.regiocontact.RegioContactpersoon;

import java.time.Instant;
import java.util.UUID;

public record RegioContactpersoonWeergave(String regio, @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID adviseurId, @Nullable String naam, @Nullable String telefoon, @Nullable Instant gewijzigdOp) {

    public static RegioContactpersoonWeergave van(RegioContactpersoon c, String naam) {
        return new RegioContactpersoonWeergave(c.regio(), c.adviseurId(), naam, c.telefoon(), c.gewijzigdOp());
    }
}
