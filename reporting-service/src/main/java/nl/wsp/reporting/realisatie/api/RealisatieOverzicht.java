package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

public record RealisatieOverzicht(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026") int jaar, @Nullable @Schema(examples = "2026-12-03") LocalDate peildatum, List<RealisatieRij> rijen) implements CsvTabel {

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("soort", "doelgroep", "partner", "gemeenten", "doel", "gerealiseerd", "percentage", "verwachtTotNu", "achterstand"));
        for (RealisatieRij r : rijen) {
            List<Object> regel = new ArrayList<>();
            regel.add(r.soort());
            regel.add(r.doelgroep());
            regel.add(r.partner());
            regel.add(String.join("+", r.gemeenten()));
            regel.add(r.doel());
            regel.add(r.gerealiseerd());
            regel.add(r.percentage());
            regel.add(r.verwachtTotNu());
            regel.add(r.achterstand());
            regels.add(regel);
        }
        return regels;
    }
}
