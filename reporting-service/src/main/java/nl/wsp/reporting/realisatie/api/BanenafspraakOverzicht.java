package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Banenafspraak: jobs realised, cumulative per quarter, against the cumulative target up to the end of that year
 * (market plus government), as in banenafspraak-realisation-amersfoort.csv.
 */
public record BanenafspraakOverzicht(@Schema(examples = "Amersfoort") String regio, List<Rij> rijen) implements CsvTabel {

    public record Rij(@Schema(examples = "2026-K3") String kwartaal, @Schema(examples = "14") int gerealiseerdInKwartaal, @Schema(examples = "41") int gerealiseerdCumulatief,
                      @Schema(examples = "120") int doelMarktCumulatief, @Schema(examples = "35") int doelOverheidCumulatief, @Schema(examples = "155") int doelCumulatief,
                      @Nullable @Schema(examples = "26.5") BigDecimal percentage) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("kwartaal", "gerealiseerdInKwartaal", "gerealiseerdCumulatief", "doelMarktCumulatief",
                "doelOverheidCumulatief", "doelCumulatief", "percentage"));
        for (Rij r : rijen) {
            List<Object> regel = new ArrayList<>(List.of(r.kwartaal(), r.gerealiseerdInKwartaal(), r.gerealiseerdCumulatief(),
                    r.doelMarktCumulatief(), r.doelOverheidCumulatief(), r.doelCumulatief()));
            regel.add(r.percentage());
            regels.add(regel);
        }
        return regels;
    }
}
