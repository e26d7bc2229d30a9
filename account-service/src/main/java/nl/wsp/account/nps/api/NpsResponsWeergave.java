package nl.wsp.account.nps.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.account.nps.NpsRespons;

import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NpsResponsWeergave(UUID id, UUID werkgeverId, String meetronde, int score, @Nullable String toelichting,
                                 @Nullable UUID accountmanagerId, @Nullable String partner, @Nullable String regio, Instant geregistreerdOp) {

    public static NpsResponsWeergave van(NpsRespons r) {
        return new NpsResponsWeergave(r.id(), r.werkgeverId(), r.meetronde(), r.score(), r.toelichting(), r.accountmanagerId(),
                r.partner(), r.regio(), r.geregistreerdOp());
    }
}
