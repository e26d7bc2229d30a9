package nl.wsp.reporting.banenafspraak.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.platform.CsvTabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The jobs agreement per quarter and sector (docs/adr/0045): jobs gained (Banenafspraak placements started), jobs lost
 * (their ends), net, the extra jobs since the baseline (cumulative net of the quarters after it) and the level (baseline
 * plus extra). Without a baseline the extra jobs count from the first job and the level is null; up to and including the
 * baseline's quarter both are null. {@code totaal} sums the sectors; its level only when every sector has one.
 */
public record BanenafspraakPerSector(@Schema(examples = "Amersfoort") String regio, List<NulmetingGegevens> nulmetingen,
                                     List<Banenafspraakkwartaal> kwartalen) implements CsvTabel {

    public record Banenafspraakkwartaal(@Schema(examples = "2018-K3") String kwartaal, List<Sectorregel> sectoren, Sectorregel totaal) {
    }

    public record Sectorregel(@Schema(examples = "markt") String sector, @Schema(examples = "150") int gewonnen, @Schema(examples = "88") int verloren,
                        @Schema(examples = "62") int netto, @Nullable @Schema(examples = "1030") Integer extraTovNulmeting,
                        @Nullable @Schema(examples = "2270") Integer niveau) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("kwartaal", "sector", "gewonnen", "verloren", "netto", "extraTovNulmeting", "niveau"));
        for (Banenafspraakkwartaal k : kwartalen) {
            List<Sectorregel> alle = new ArrayList<>(k.sectoren());
            alle.add(k.totaal());
            for (Sectorregel r : alle) {
                List<Object> regel = new ArrayList<>(List.of(k.kwartaal(), r.sector(), r.gewonnen(), r.verloren(), r.netto()));
                regel.add(r.extraTovNulmeting());
                regel.add(r.niveau());
                regels.add(regel);
            }
        }
        return regels;
    }
}
