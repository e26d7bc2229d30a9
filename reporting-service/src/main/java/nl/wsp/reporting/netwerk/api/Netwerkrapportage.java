package nl.wsp.reporting.netwerk.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.reporting.platform.CsvTabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The employer network in figures (issue 17, item 3; source 002: "bekend bij ongeveer 4.000 … regelmatig contact met
 * 2.000 … 381 werkgevers [met vacatures] … 35 key-accounts … 16 … ambassadeur"), per sector and in total, for one region
 * and period. Aggregates only. The definitions are in docs/api.md ("The employer network").
 */
public record Netwerkrapportage(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026-01-01") LocalDate van, @Schema(examples = "2027-01-01") LocalDate tot, List<Rij> perSector, Rij totaal) implements CsvTabel {

    public record Rij(@Schema(examples = "bouw") String sector, @Schema(examples = "412") int bekend, @Schema(examples = "186") int regelmatigContact,
                      @Schema(examples = "38") int metVacatures, @Schema(examples = "4") int keyAccounts, @Schema(examples = "2") int ambassadeurs) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("sector", "bekend", "regelmatigContact", "metVacatures", "keyAccounts", "ambassadeurs"));
        List<Rij> alle = new ArrayList<>(perSector);
        alle.add(totaal);
        for (Rij r : alle) {
            regels.add(List.of(r.sector(), r.bekend(), r.regelmatigContact(), r.metVacatures(), r.keyAccounts(), r.ambassadeurs()));
        }
        return regels;
    }
}
