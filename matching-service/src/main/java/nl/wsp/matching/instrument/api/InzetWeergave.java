package nl.wsp.matching.instrument.api;

import nl.wsp.matching.instrument.InstrumentInzet;
import nl.wsp.matching.instrument.Instrumentsoort;

import nl.wsp.platform.logboek.Betrokkene;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A deployment request, its decision, and its history (who, when, what). */
public record InzetWeergave(UUID id, UUID instrumentId, Instrumentsoort soort, @Betrokkene UUID kandidaatId, String betalendePartner,
                            String regio, String fondsRegio, InzetStatus status, boolean ingezet, LocalDate startdatum,
                            Integer duurMaanden, BigDecimal bedrag, Integer loonwaardePercentage,
                            Integer subsidiePercentageWml, Instant aangevraagdOp, String aangevraagdDoor,
                            Instant beslissenVoor, Instant besluitOp, String besluitDoor, String besluitReden,
                            List<Stap> historie) {

    public record Stap(Instant op, String door, String actie, String reden) {
    }

    public static InzetWeergave van(InstrumentInzet i, List<Stap> historie) {
        return new InzetWeergave(i.id, i.instrumentId, i.soort, i.kandidaatId, i.betalendePartner, i.regio, i.fondsRegio,
                InzetStatus.van(i.status), i.isIngezet(), i.startdatum, i.duurMaanden, i.bedrag, i.loonwaardePercentage,
                i.subsidiePercentageWml, i.aangevraagdOp, i.aangevraagdDoor, i.beslissenVoor, i.besluitOp, i.besluitDoor,
                i.besluitReden, historie);
    }
}
