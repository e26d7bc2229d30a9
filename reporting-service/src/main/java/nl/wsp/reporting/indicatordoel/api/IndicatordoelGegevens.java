package nl.wsp.reporting.indicatordoel.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.indicatordoel.Indicator;
import nl.wsp.reporting.indicatordoel.Indicatordoel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

public record IndicatordoelGegevens(@Schema(examples = "9b2f4c1e-7a3d-4e8b-b6f0-1c5d2e8a9f34") UUID id, @Schema(examples = "Midden-Brabant") String regio, @Schema(examples = "2026") int jaar,
                                    @Schema(enumeration = {Indicator.NPS, Indicator.BEDRIJFSBEZOEKEN, Indicator.EVENEMENTDEELNEMERS, Indicator.VACATURES_OPGEHAALD}, examples = "bedrijfsbezoeken") String indicator,
                                    @Nullable @Schema(examples = "logistiek") String sector, @Schema(examples = "400") int doel,
                                    @Nullable String toelichting, @Schema(examples = "2026-12-03T10:15:30Z") Instant gewijzigdOp) {

    public static IndicatordoelGegevens van(Indicatordoel d) {
        return new IndicatordoelGegevens(d.id(), d.regio(), d.jaar(), d.indicator(), d.sector(), d.doel(), d.toelichting(), d.gewijzigdOp());
    }
}
