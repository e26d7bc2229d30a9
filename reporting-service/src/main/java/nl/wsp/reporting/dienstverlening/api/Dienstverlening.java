package nl.wsp.reporting.dienstverlening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The basic service package delivered (issue 17, item 1): per service of the catalogue, how many contact moments delivered
 * it in the period and region, in total and per sector of the employer. Aggregates only; every catalogue service has a row,
 * also with 0. {@code tot} is exclusive.
 */
public record Dienstverlening(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026-01-01") LocalDate van, @Schema(examples = "2027-01-01") LocalDate tot,
                              @Schema(examples = "1") int catalogusversie, List<Rij> rijen) implements CsvTabel {

    /** {@code bron}: the source document (000–004) the service comes from; {@code basispakket}: part of the SUWI package. */
    public record Rij(@Schema(examples = "voordragen-kandidaten") String dienst, @Nullable @Schema(examples = "Voordragen van passende kandidaten") String omschrijving,
                      @Nullable @Schema(examples = "true") Boolean basispakket, @Nullable @Schema(examples = "001") String bron, @Schema(examples = "57") int aantal, @Nullable List<SectorAantal> perSector) {
    }

    public record SectorAantal(@Schema(examples = "bouw") String sector, @Schema(examples = "12") int aantal) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("dienst", "sector", "aantal"));
        for (Rij r : rijen) {
            for (SectorAantal s : r.perSector()) {
                regels.add(List.of(r.dienst(), s.sector(), s.aantal()));
            }
            regels.add(List.of(r.dienst(), "Totaal", r.aantal()));
        }
        return regels;
    }
}
