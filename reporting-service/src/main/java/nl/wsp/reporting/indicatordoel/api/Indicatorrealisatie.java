package nl.wsp.reporting.indicatordoel.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.indicatordoel.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "Per indicator het doel en de realisatie in een regio (en sector) over een jaar, kwartaal of maand; alleen aggregaten")
public record Indicatorrealisatie(@Schema(examples = "Midden-Brabant") String regio, @Nullable @Schema(examples = "logistiek") String sector,
                                  LocalDate van, @Schema(description = "exclusief") LocalDate tot, List<Rij> indicatoren) {

    public record Rij(@Schema(enumeration = {Indicator.NPS, Indicator.BEDRIJFSBEZOEKEN, Indicator.EVENEMENTDEELNEMERS, Indicator.VACATURES_OPGEHAALD}) String indicator,
                      @Schema(description = "aantal of score") String eenheid,
                      @Nullable @Schema(description = "het doel voor deze periode; null zonder doel. Een aantal: het jaardoel, lineair naar dagen verdeeld (ADR 0037); nps: het jaardoel zelf") Integer doel,
                      @Nullable @Schema(description = "gerealiseerd; voor nps null zonder responsen of bij een sector (NPS-responsen dragen geen sector)") Integer gerealiseerd,
                      @Nullable @Schema(description = "aantal: gerealiseerd als percentage van het doel (één decimaal); nps en doel 0: null", examples = "87.5") BigDecimal percentage,
                      @Nullable @Schema(description = "of het doel gehaald is; null zonder doel of realisatie") Boolean gehaald,
                      @Nullable @Schema(description = "nps: het aantal responsen waarover de score gaat") Integer responsen) {
    }
}
