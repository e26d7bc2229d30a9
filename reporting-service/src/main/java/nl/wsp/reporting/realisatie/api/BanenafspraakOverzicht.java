package nl.wsp.reporting.realisatie.api;

import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Banenafspraak: jobs realised, cumulative per quarter, against the cumulative target up to the end of that year
 * (market plus government), as in banenafspraak-realisation-amersfoort.csv.
 */
public record BanenafspraakOverzicht(String regio, List<Rij> rijen) implements CsvTabel {

    public record Rij(String kwartaal, int gerealiseerdInKwartaal, int gerealiseerdCumulatief, int doelMarktCumulatief,
                      int doelOverheidCumulatief, int doelCumulatief, @Nullable BigDecimal percentage) {
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
