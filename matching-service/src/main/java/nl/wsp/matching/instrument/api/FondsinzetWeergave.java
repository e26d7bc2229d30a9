package nl.wsp.matching.instrument.api;

import jakarta.annotation.Nullable;
import nl.wsp.matching.instrument.InstrumentInzet;
import nl.wsp.matching.instrument.Instrumentsoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deployment the region's fund pays, as the fund's manager decides it: kind, amount, the candidate's partner and
 * dates — not the candidate (a regional beheerder needs no candidate, ADR 0029; ADR 0036).
 */
public record FondsinzetWeergave(@Schema(examples = "1d3f5b7e-9c2a-4b6d-8f0e-2c4a6e8b0d13") UUID inzetId,
                                 @Schema(examples = "werkplekaanpassing") Instrumentsoort soort,
                                 @Schema(examples = "gemeente-tilburg") String betalendePartner,
                                 @Schema(examples = "2000.00") BigDecimal bedrag,
                                 @Schema(examples = "2027-02-01") LocalDate startdatum,
                                 @Nullable @Schema(examples = "6") Integer duurMaanden,
                                 @Schema(examples = "aangevraagd") InstrumentInzet.Status status,
                                 @Schema(examples = "2027-01-10T09:00:00Z") Instant aangevraagdOp,
                                 @Schema(examples = "2027-01-15T09:00:00Z") Instant beslissenVoor,
                                 @Nullable @Schema(examples = "5b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e") String besluitDoor,
                                 @Nullable @Schema(examples = "2027-01-11T14:00:00Z") Instant besluitOp,
                                 @Nullable @Schema(examples = "Past binnen het werkbudget van 2027") String besluitReden) {

    public static FondsinzetWeergave van(InstrumentInzet i) {
        return new FondsinzetWeergave(i.id(), i.soort(), i.betalendePartner(), i.bedrag(), i.startdatum(), i.totaleDuurMaanden(),
                i.status(), i.aangevraagdOp(), i.beslissenVoor(), i.besluitDoor(), i.besluitOp(), i.besluitReden());
    }
}
