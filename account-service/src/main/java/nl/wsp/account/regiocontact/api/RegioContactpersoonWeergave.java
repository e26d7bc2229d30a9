package nl.wsp.account.regiocontact.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.regiocontact.RegioContactpersoon;

import java.time.Instant;
import java.util.UUID;

public record RegioContactpersoonWeergave(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID adviseurId,
                                          @Schema(examples = "Janneke van den Berg") @Nullable String naam, @Schema(examples = "033 422 3100") @Nullable String telefoon, @Nullable Instant gewijzigdOp) {

    public static RegioContactpersoonWeergave van(RegioContactpersoon c, String naam) {
        return new RegioContactpersoonWeergave(c.regio(), c.adviseurId(), naam, c.telefoon(), c.gewijzigdOp());
    }
}
