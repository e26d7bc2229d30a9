package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.util.ArrayList;
import java.util.List;

/** Net Promoter Score per measuring round (domain rule 12): % promoters (9–10) minus % detractors (0–6), rounded. */
public record NpsOverzicht(@Schema(examples = "Amersfoort") String regio, List<Rij> rijen) implements CsvTabel {

    public record Rij(@Schema(examples = "2026-1") String meetronde, @Schema(examples = "64") int respons, @Schema(examples = "30") int promotors,
                      @Schema(examples = "22") int passief, @Schema(examples = "12") int criticasters, @Nullable @Schema(examples = "28") Integer nps) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("meetronde", "respons", "promotors", "passief", "criticasters", "nps"));
        for (Rij r : rijen) {
            List<Object> regel = new ArrayList<>(List.of(r.meetronde(), r.respons(), r.promotors(), r.passief(), r.criticasters()));
            regel.add(r.nps());
            regels.add(regel);
        }
        return regels;
    }
}
