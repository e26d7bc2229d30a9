package nl.wsp.account.nps.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.account.nps.NpsRespons;

import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NpsResponsWeergave(UUID id, @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId, String meetronde, int score, @Nullable String toelichting,
                                 @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID accountmanagerId, @Nullable String partner, @Nullable String regio, Instant geregistreerdOp) {

    public static NpsResponsWeergave van(NpsRespons r) {
        return new NpsResponsWeergave(r.id(), r.werkgeverId(), r.meetronde(), r.score(), r.toelichting(), r.accountmanagerId(),
                r.partner(), r.regio(), r.geregistreerdOp());
    }
}
