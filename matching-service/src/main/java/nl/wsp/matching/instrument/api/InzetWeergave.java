package nl.wsp.matching.instrument.api;

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
public record InzetWeergave(UUID id, @Nullable UUID instrumentId, Instrumentsoort soort, @Betrokkene UUID kandidaatId, String betalendePartner,
                            @Nullable String regio, @Nullable String fondsRegio, InzetStatus status, boolean ingezet, @Nullable LocalDate startdatum,
                            @Nullable Integer duurMaanden, @Nullable BigDecimal bedrag, @Nullable Integer loonwaardePercentage,
                            @Nullable Integer subsidiePercentageWml, Instant aangevraagdOp, @Nullable String aangevraagdDoor,
                            @Nullable Instant beslissenVoor, @Nullable Instant besluitOp, @Nullable String besluitDoor, @Nullable String besluitReden,
                            @Nullable List<Stap> historie) {

    public record Stap(Instant op, @Nullable String door, String actie, @Nullable String reden) {
    }

    public static InzetWeergave van(InstrumentInzet i, List<Stap> historie) {
        return new InzetWeergave(i.id, i.instrumentId, i.soort, i.kandidaatId, i.betalendePartner, i.regio, i.fondsRegio,
                InzetStatus.van(i.status), i.isIngezet(), i.startdatum, i.duurMaanden, i.bedrag, i.loonwaardePercentage,
                i.subsidiePercentageWml, i.aangevraagdOp, i.aangevraagdDoor, i.beslissenVoor, i.besluitOp, i.besluitDoor,
                i.besluitReden, historie);
    }
}
