package nl.wsp.reporting.indicatordoel.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.indicatordoel.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "Per indicator het doel en de realisatie in een regio (en sector) over een jaar, kwartaal of maand; alleen aggregaten")
public record Indicatorrealisatie(@Schema(examples = "Midden-Brabant") String regio, @Nullable @Schema(examples = "logistiek") String sector,
                                  @Schema(examples = "2026-01-01") LocalDate van, @Schema(description = "exclusief", examples = "2027-01-01") LocalDate tot, List<Indicatorregel> indicatoren) {

    public record Indicatorregel(@Schema(enumeration = {Indicator.NPS, Indicator.BEDRIJFSBEZOEKEN, Indicator.EVENEMENTDEELNEMERS, Indicator.VACATURES_OPGEHAALD}, examples = "bedrijfsbezoeken") String indicator,
                      @Schema(description = "aantal of score", enumeration = {"aantal", "score"}, examples = "aantal") String eenheid,
                      @Nullable @Schema(description = "het doel voor deze periode; null zonder doel. Een aantal: het jaardoel, lineair naar dagen verdeeld (ADR 0037); nps: het jaardoel zelf", examples = "400") Integer doel,
                      @Nullable @Schema(description = "gerealiseerd; voor nps null zonder responsen of bij een sector (NPS-responsen dragen geen sector)", examples = "350") Integer gerealiseerd,
                      @Nullable @Schema(description = "aantal: gerealiseerd als percentage van het doel (één decimaal); nps en doel 0: null", examples = "87.5") BigDecimal percentage,
                      @Nullable @Schema(description = "of het doel gehaald is; null zonder doel of realisatie", examples = "false") Boolean gehaald,
                      @Nullable @Schema(description = "nps: het aantal responsen waarover de score gaat", examples = "120") Integer responsen) {
    }
}
