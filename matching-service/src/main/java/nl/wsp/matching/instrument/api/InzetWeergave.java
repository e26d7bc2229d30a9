package nl.wsp.matching.instrument.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.matching.instrument.InstrumentInzet;
import nl.wsp.matching.instrument.Instrumentsoort;

import nl.wsp.platform.logboek.Betrokkene;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A deployment request, its decision, and its history (who, when, what). */
public record InzetWeergave(@Schema(examples = "1d3f5b7e-9c2a-4b6d-8f0e-2c4a6e8b0d13") UUID id, @Nullable UUID instrumentId, @Schema(examples = "jobcoaching") Instrumentsoort soort, @Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @Betrokkene UUID kandidaatId, @Schema(examples = "gemeente-amersfoort") String betalendePartner,
                            @Nullable String regio, @Nullable String fondsRegio, @Schema(examples = "aangevraagd") InstrumentInzet.Status status, @Schema(examples = "false") boolean ingezet, @Nullable LocalDate startdatum,
                            @Nullable Integer duurMaanden, @Nullable Integer verlengdMaanden, @Nullable BigDecimal bedrag, @Nullable Integer loonwaardePercentage,
                            @Nullable Integer subsidiePercentageWml, Instant aangevraagdOp, @Nullable String aangevraagdDoor,
                            @Nullable Instant beslissenVoor, @Nullable Instant besluitOp, @Nullable String besluitDoor, @Nullable String besluitReden,
                            @Nullable List<Stap> historie, @Nullable VastgelegdeAfwijking menukaartAfwijking) {

    public record Stap(Instant op, @Nullable String door, String actie, @Nullable String reden) {
    }

    /** The MT's exception as recorded ({@link MenukaartAfwijking} is what a request sends); its reason goes with an erasure. */
    public record VastgelegdeAfwijking(
            @Schema(examples = "J. de Vries, MT WerkgeversServicepunt Midden-Brabant") String goedgekeurdDoor,
            @Schema(examples = "2031-03-18") LocalDate goedgekeurdOp,
            @Schema(examples = "Een langere proefplaatsing is nodig voor de nachtdienst",
                    description = "Waarom het MT afweek; leeg nadat de kandidaat is gewist (de reden kan over de kandidaat gaan)")
            @Nullable String reden) {
    }

    public static InzetWeergave van(InstrumentInzet i, List<Stap> historie) {
        return new InzetWeergave(i.id(), i.instrumentId(), i.soort(), i.kandidaatId(), i.betalendePartner(), i.regio(),
                i.fondsRegio(), i.status(), i.isIngezet(), i.startdatum(), i.duurMaanden(), i.verlengdMaanden(), i.bedrag(), i.loonwaardePercentage(),
                i.subsidiePercentageWml(), i.aangevraagdOp(), i.aangevraagdDoor(), i.beslissenVoor(), i.besluitOp(),
                i.besluitDoor(), i.besluitReden(), historie, i.buitenMenukaart()
                        ? new VastgelegdeAfwijking(i.afwijkingGoedgekeurdDoor(), i.afwijkingGoedgekeurdOp(), i.afwijkingReden()) : null);
    }
}
