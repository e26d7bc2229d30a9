package nl.wsp.matching.plaatsing.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.plaatsing.Plaatsing;

import nl.wsp.platform.logboek.Betrokkene;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A placement. {@code partner} owns the candidate; {@code status} is {@code lopend} or {@code beeindigd};
 * {@code binnenZesMaandenBeeindigd} is the durability measure (rule 10).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaatsingWeergave(UUID id, @Nullable UUID voordrachtId, UUID vacatureId, @Betrokkene UUID kandidaatId, @Nullable String partner,
                                @Nullable String voordragendePartner, @Nullable String gemeente, @Nullable String regio, @Nullable List<String> doelgroepen,
                                LocalDate startdatum, @Nullable String contractvorm, @Nullable Integer contractduurMaanden,
                                boolean onbepaaldeTijd, int urenPerWeek, @Nullable List<UUID> instrumenten,
                                @Nullable List<String> instrumentsoorten, String status, @Nullable LocalDate einddatum,
                                @Nullable String redenBeeindiging, @Nullable String toelichting, @Nullable Boolean binnenZesMaandenBeeindigd,
                                @Nullable String gerealiseerdDoor, @Nullable Instant gerealiseerdOp) {

    public static PlaatsingWeergave van(Plaatsing p) {
        boolean beeindigd = p.status == Plaatsing.Status.BEEINDIGD;
        return new PlaatsingWeergave(p.id, p.voordrachtId, p.vacatureId, p.kandidaatId, p.partner, p.voordragendePartner,
                p.gemeente, p.regio, p.doelgroepenLijst(), p.startdatum, p.contractvorm, p.contractduurMaanden,
                p.contractduurMaanden == null, p.urenPerWeek, List.of(p.instrumentinzetten), List.of(p.instrumentsoorten),
                p.status.code(), p.einddatum, p.redenBeeindiging, p.toelichting,
                beeindigd ? p.isBinnenZesMaandenBeeindigd() : null, p.gerealiseerdDoor, p.gerealiseerdOp);
    }
}
