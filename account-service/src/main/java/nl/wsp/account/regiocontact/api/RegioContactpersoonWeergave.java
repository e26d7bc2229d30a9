package nl.wsp.account.regiocontact.api;

import jakarta.annotation.Nullable;

import nl.wsp.account.regiocontact.RegioContactpersoon;

import java.time.Instant;
import java.util.UUID;

public record RegioContactpersoonWeergave(String regio, @Nullable UUID adviseurId, @Nullable String naam, @Nullable String telefoon, @Nullable Instant gewijzigdOp) {

    public static RegioContactpersoonWeergave van(RegioContactpersoon c, String naam) {
        return new RegioContactpersoonWeergave(c.regio(), c.adviseurId(), naam, c.telefoon(), c.gewijzigdOp());
    }
}
