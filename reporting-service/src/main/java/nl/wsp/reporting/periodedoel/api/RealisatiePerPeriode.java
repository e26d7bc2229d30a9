package nl.wsp.reporting.periodedoel.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.platform.CsvTabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every placement target of a region and year per month or quarter (ADR 0037): the period's share of the yearly target
 * (linear by days), what was realised in it, and the cumulative target, realisation and lag at its end. Aggregates only.
 */
@Schema(description = "Realisatie per maand of kwartaal tegen het naar dagen afgeleide deel van elke plaatsingsdoelstelling")
public record RealisatiePerPeriode(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026") int jaar,
                                   @Schema(enumeration = {"maand", "kwartaal"}, examples = "kwartaal") String periode,
                                   @Schema(examples = "2026-12-03") LocalDate peildatum, List<Rij> rijen) implements CsvTabel {

    /** One target in one period; {@code achterstandCumulatief} &gt; 0 means behind at the period's end. */
    public record Rij(@Schema(examples = "b7d3f9a1-6e2c-4a8b-9d4f-1c7e5a3b0d26") UUID doelstellingId,
                      @Schema(examples = "bijstand") String doelgroep,
                      @Nullable @Schema(examples = "gemeente-amersfoort") String partner,
                      @Schema(examples = "[]") List<String> gemeenten,
                      @Schema(description = "De periode: JJJJ-MM of JJJJ-Kn", examples = "2026-K1") String periode,
                      @Schema(examples = "2026-01-01") LocalDate van, @Schema(description = "Exclusief", examples = "2026-04-01") LocalDate tot,
                      @Schema(description = "Het deel van het jaardoel voor deze periode, naar dagen", examples = "44") int doel,
                      @Schema(examples = "39") int gerealiseerd,
                      @Nullable @Schema(description = "gerealiseerd als percentage van doel; leeg bij doel 0", examples = "88.6") BigDecimal percentage,
                      @Schema(examples = "44") int doelCumulatief, @Schema(examples = "39") int gerealiseerdCumulatief,
                      @Schema(examples = "5") int achterstandCumulatief) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("doelstellingId", "doelgroep", "partner", "gemeenten", "periode", "doel", "gerealiseerd", "percentage",
                "doelCumulatief", "gerealiseerdCumulatief", "achterstandCumulatief"));
        for (Rij r : rijen) {
            List<Object> regel = new ArrayList<>();
            regel.add(r.doelstellingId());
            regel.add(r.doelgroep());
            regel.add(r.partner());
            regel.add(String.join("+", r.gemeenten()));
            regel.add(r.periode());
            regel.add(r.doel());
            regel.add(r.gerealiseerd());
            regel.add(r.percentage());
            regel.add(r.doelCumulatief());
            regel.add(r.gerealiseerdCumulatief());
            regel.add(r.achterstandCumulatief());
            regels.add(regel);
        }
        return regels;
    }
}
