package nl.wsp.matching.plaatsing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.plaatsing.BanenafspraakSector;
import nl.wsp.matching.plaatsing.Beeindigingsreden;
import nl.wsp.matching.plaatsing.Contractvorm;
import nl.wsp.matching.plaatsing.Plaatsing;

import nl.wsp.platform.logboek.Betrokkene;
import nl.wsp.platform.opslag.MetCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A placement. {@code partner} owns the candidate; {@code status} is {@code lopend} or {@code beeindigd};
 * {@code binnenZesMaandenBeeindigd} is the durability measure (rule 10).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaatsingWeergave(@Schema(examples = "5a8c2e1f-7b4d-4c9e-a6f3-1d0b8e2c4f95") UUID id, @Nullable UUID voordrachtId, @Schema(examples = "4b7e2c91-5d3a-4f6e-8a1b-2c9d0e7f6a53") UUID vacatureId, @Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @Betrokkene UUID kandidaatId, @Nullable String partner,
                                @Nullable String voordragendePartner, @Nullable String gemeente, @Nullable String regio, @Nullable List<String> doelgroepen,
                                LocalDate startdatum, @Nullable Contractvorm contractvorm, @Nullable Integer contractduurMaanden,
                                @Schema(examples = "false") boolean onbepaaldeTijd, @Schema(examples = "32") int urenPerWeek, @Nullable BanenafspraakSector banenafspraakSector, @Nullable List<UUID> instrumenten,
                                @Nullable List<String> instrumentsoorten, @Schema(examples = "lopend") Plaatsing.Status status, @Nullable LocalDate einddatum,
                                @Nullable Beeindigingsreden redenBeeindiging, @Nullable String toelichting, @Nullable Boolean binnenZesMaandenBeeindigd,
                                @Nullable String gerealiseerdDoor, @Nullable Instant gerealiseerdOp) {

    public static PlaatsingWeergave van(Plaatsing p) {
        boolean beeindigd = p.status() == Plaatsing.Status.BEEINDIGD;
        return new PlaatsingWeergave(p.id(), p.voordrachtId(), p.vacatureId(), p.kandidaatId(), p.partner(), p.voordragendePartner(),
                p.gemeente(), p.regio(), p.doelgroepen(), p.startdatum(), Contractvorm.van(p.contractvorm()), p.contractduurMaanden(),
                p.contractduurMaanden() == null, p.urenPerWeek(), BanenafspraakSector.van(p.banenafspraakSector()), p.instrumentinzetten(), p.instrumentsoorten(),
                p.status(), p.einddatum(), MetCode.van(Beeindigingsreden.class, p.redenBeeindiging()), p.toelichting(),
                beeindigd ? p.isBinnenZesMaandenBeeindigd() : null, p.gerealiseerdDoor(), p.gerealiseerdOp());
    }
}
