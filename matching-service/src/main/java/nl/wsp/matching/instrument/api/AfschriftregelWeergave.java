package nl.wsp.matching.instrument.api;

import jakarta.annotation.Nullable;
import nl.wsp.matching.instrument.Fondsmutatie;
import nl.wsp.matching.instrument.Instrumentsoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a fund's statement: a deposit (positive) or the payment of a deployment (negative), with the balance
 * after it in booking order. A payment names the deployment and its kind, not the candidate (ADR 0029, 0036).
 */
public record AfschriftregelWeergave(@Schema(examples = "43") long id,
                                     @Schema(examples = "2027-01-12T10:15:00Z") Instant op,
                                     @Schema(examples = "afschrijving", enumeration = {"storting", "afschrijving"}) String soort,
                                     @Schema(examples = "-2000.00") BigDecimal bedrag,
                                     @Schema(examples = "60500.00") BigDecimal saldo,
                                     @Nullable @Schema(examples = "Tilburg") String gemeente,
                                     @Nullable @Schema(examples = "2027-01") String periode,
                                     @Nullable @Schema(examples = "werkplekaanpassing") Instrumentsoort instrumentsoort,
                                     @Nullable @Schema(examples = "1d3f5b7e-9c2a-4b6d-8f0e-2c4a6e8b0d13") UUID inzetId,
                                     @Schema(examples = "inzet werkplekaanpassing") String omschrijving,
                                     @Schema(examples = "5b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e") String door) {

    public static AfschriftregelWeergave van(Fondsmutatie m, Instrumentsoort instrumentsoort, BigDecimal saldo) {
        return new AfschriftregelWeergave(m.id(), m.op(), m.soort(), m.bedrag(), saldo, m.gemeente(), m.periode(),
                instrumentsoort, m.inzetId(), m.omschrijving(), m.door());
    }
}
