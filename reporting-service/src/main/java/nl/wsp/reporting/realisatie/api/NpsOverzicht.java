package nl.wsp.reporting.realisatie.api;

import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.util.ArrayList;
import java.util.List;

/** Net Promoter Score per measuring round (domain rule 12): % promoters (9–10) minus % detractors (0–6), rounded. */
public record NpsOverzicht(String regio, List<Rij> rijen) implements CsvTabel {

    public record Rij(String meetronde, int respons, int promotors, int passief, int criticasters, @Nullable Integer nps) {
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
