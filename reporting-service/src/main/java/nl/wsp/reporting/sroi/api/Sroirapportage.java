package nl.wsp.reporting.sroi.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.platform.CsvTabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Social return delivered against obligations (issue 17 item 6; source 001: "een social return verplichting van 0,9
 * miljoen euro. Intussen hebben opdrachtnemers bijna 0,5 miljoen euro aan social return waarde geleverd"): the
 * obligations of the region running in the year, per contracting partner and in total, with the vacancies that deliver
 * on them, the placements on those vacancies and the delivered value ({@code plaatsingen × waardePerPlaatsing}).
 * {@code verplichtingen} (one row per obligation, naming the employer) only for a beheerder who sees the region; a
 * dashboard gets the aggregates. Definitions: docs/api.md ("Social return").
 */
public record Sroirapportage(@Schema(examples = "Gooi en Vechtstreek") String regio, @Schema(examples = "2026") int jaar,
                             @Schema(examples = "35000.00", description = "De waarde in euro's van één plaatsing (instelling per regio)") BigDecimal waardePerPlaatsing,
                             List<Rij> perOpdrachtgever, Rij totaal, @Nullable List<Verplichting> verplichtingen) implements CsvTabel {

    public record Rij(@Schema(examples = "gemeente-hilversum") String opdrachtgever, @Schema(examples = "4") int verplichtingen,
                      @Schema(examples = "900000.00") BigDecimal bedrag, @Schema(examples = "18") int vacatures,
                      @Schema(examples = "14") int plaatsingen, @Schema(examples = "490000.00") BigDecimal geleverd,
                      @Schema(examples = "54.4", description = "geleverd als percentage van bedrag, één decimaal") BigDecimal percentageGeleverd) {
    }

    public record Verplichting(@Schema(examples = "6a2c9e1f-4b7d-4e3a-9c8b-1d0f2e3a4b57") UUID verplichtingId,
                               @Schema(examples = "3f2b8c1e-7d4a-4e9b-a6c5-1b0d9e8f7a62") UUID werkgeverId,
                               @Schema(examples = "Onderhoud openbare ruimte 2025-2027") String aanbesteding,
                               @Schema(examples = "gemeente-hilversum") String opdrachtgever,
                               @Schema(examples = "2025-01-01") LocalDate periodeVan, @Schema(examples = "2027-12-31") LocalDate periodeTot,
                               @Schema(examples = "lopend") String status, @Schema(examples = "90000.00") BigDecimal bedrag,
                               @Schema(examples = "2") int vacatures, @Schema(examples = "1") int plaatsingen,
                               @Schema(examples = "35000.00") BigDecimal geleverd,
                               @Schema(examples = "38.9") BigDecimal percentageGeleverd) {
    }

    /** The CSV: the rows per contracting partner and the total (aggregates, also for a beheerder). */
    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("opdrachtgever", "verplichtingen", "bedrag", "vacatures", "plaatsingen", "geleverd", "percentageGeleverd"));
        List<Rij> alle = new ArrayList<>(perOpdrachtgever);
        alle.add(totaal);
        for (Rij r : alle) {
            regels.add(List.of(r.opdrachtgever(), r.verplichtingen(), r.bedrag(), r.vacatures(), r.plaatsingen(), r.geleverd(),
                    r.percentageGeleverd()));
        }
        return regels;
    }
}
