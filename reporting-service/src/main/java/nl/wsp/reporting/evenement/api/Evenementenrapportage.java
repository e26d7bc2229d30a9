package nl.wsp.reporting.evenement.api;

import nl.wsp.reporting.platform.CsvTabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Employer events in figures (issue 17, item 2; sources 000 "werkgeversbijeenkomsten … op 3 niveaus", 001 "speedmeets …
 * banenmarkten", 004 "de Meet&amp;Match"): per kind, level and sector the events of the period (by their date), the
 * employers and candidates who came, the vacancies collected at them and the placements on those vacancies. Aggregates
 * only; the definitions are in docs/api.md ("Employer events").
 */
public record Evenementenrapportage(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026-01-01") LocalDate van,
                                    @Schema(examples = "2027-01-01") LocalDate tot, List<Rij> perSoort, Rij totaal) implements CsvTabel {

    public record Rij(@Schema(examples = "speedmeet") String soort, @Schema(examples = "branche") String niveau,
                      @Schema(examples = "bouw", description = "leeg als het evenement geen sector noemt") String sector,
                      @Schema(examples = "3") int evenementen, @Schema(examples = "41") int aanwezigeWerkgevers,
                      @Schema(examples = "67") int aanwezigeKandidaten, @Schema(examples = "12") int vacaturesOpgehaald,
                      @Schema(examples = "5") int plaatsingen) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("soort", "niveau", "sector", "evenementen", "aanwezigeWerkgevers", "aanwezigeKandidaten",
                "vacaturesOpgehaald", "plaatsingen"));
        List<Rij> alle = new ArrayList<>(perSoort);
        alle.add(totaal);
        for (Rij r : alle) {
            regels.add(List.of(r.soort(), r.niveau(), r.sector(), r.evenementen(), r.aanwezigeWerkgevers(), r.aanwezigeKandidaten(),
                    r.vacaturesOpgehaald(), r.plaatsingen()));
        }
        return regels;
    }
}
