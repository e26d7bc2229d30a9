package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 24-hour rule (domain rule 3): contact requests by month received — answered in time, answered late, unanswered
 * past the deadline, still inside their 24 hours — and the share answered in time of those decided (docs/api.md).
 */
public record ContactverzoekNaleving(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026") int jaar, List<Rij> rijen, Rij totaal) implements CsvTabel {

    public record Rij(@Schema(examples = "2026-11") String maand, @Schema(examples = "42") int ontvangen, @Schema(examples = "35") int binnenTermijn, @Schema(examples = "3") int teLaat,
                      @Schema(examples = "2") int termijnVerstreken, @Schema(examples = "2") int nogBinnenTermijn, @Nullable @Schema(examples = "87.5") BigDecimal percentageBinnenTermijn) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("maand", "ontvangen", "binnenTermijn", "teLaat", "termijnVerstreken", "nogBinnenTermijn", "percentageBinnenTermijn"));
        List<Rij> alle = new ArrayList<>(rijen);
        alle.add(totaal);
        for (Rij r : alle) {
            List<Object> regel = new ArrayList<>(List.of(r.maand(), r.ontvangen(), r.binnenTermijn(), r.teLaat(), r.termijnVerstreken(),
                    r.nogBinnenTermijn()));
            regel.add(r.percentageBinnenTermijn());
            regels.add(regel);
        }
        return regels;
    }
}
