package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Placements per municipality (or per period) × target-group column, in the shape of the region's own table
 * (placements-2018-amersfoort.csv). The totals line is computed from the cells. {@code tot} is exclusive.
 */
public record PlaatsingenTabel(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026-01-01") LocalDate van, @Schema(examples = "2027-01-01") LocalDate tot,
                               @Schema(examples = "gemeente") String indeling, List<Kolom> kolommen,
                               List<PlaatsingenRij> rijen, @Nullable PlaatsingenRij totaal) implements CsvTabel {

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        List<Object> kop = new ArrayList<>(List.of(indeling, "total"));
        kolommen.forEach(k -> kop.add(k.naam()));
        regels.add(kop);
        for (PlaatsingenRij rij : rijen) {
            regels.add(regel(rij));
        }
        regels.add(regel(totaal));
        return regels;
    }

    private List<Object> regel(PlaatsingenRij rij) {
        List<Object> regel = new ArrayList<>(List.of(rij.naam(), rij.totaal()));
        kolommen.forEach(k -> regel.add(rij.aantallen().get(k.code())));
        return regel;
    }
}
