package nl.wsp.reporting.dienstverlening.api;

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
public record Dienstverlening(String regio, LocalDate van, LocalDate tot, int catalogusversie, List<Rij> rijen) implements CsvTabel {

    /** {@code bron}: the source document (000–004) the service comes from; {@code basispakket}: part of the SUWI package. */
    public record Rij(String dienst, @Nullable String omschrijving, @Nullable Boolean basispakket, @Nullable String bron, int aantal, @Nullable List<SectorAantal> perSector) {
    }

    public record SectorAantal(String sector, int aantal) {
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
