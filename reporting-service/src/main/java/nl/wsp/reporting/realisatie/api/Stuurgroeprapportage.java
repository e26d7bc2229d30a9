package nl.wsp.reporting.realisatie.api;

import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steering group's report (seed 003): vacancy fill in total and per target group, guaranteed jobs made available
 * and filled (both in positions: a vacancy suitable for the Banenafspraak makes its positions available, a Banenafspraak
 * placement fills one); for operations: vacancies collected and company visits. {@code tot} is exclusive.
 */
public record Stuurgroeprapportage(String regio, LocalDate van, LocalDate tot, int vacaturesOpgehaald, int positiesOpgehaald,
                                   int bedrijfsbezoeken, int contactmomenten, int vacaturesBreedUitgezet, int vacaturesVervuld,
                                   int positiesVervuld, int plaatsingen, @Nullable Map<String, Integer> vervullingPerDoelgroep,
                                   int garantiebanenBeschikbaar, int garantiebanenIngevuld, @Nullable BigDecimal percentageVervuld)
        implements CsvTabel {

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("indicator", "aantal"));
        regels.add(List.of("vacaturesOpgehaald", vacaturesOpgehaald));
        regels.add(List.of("positiesOpgehaald", positiesOpgehaald));
        regels.add(List.of("bedrijfsbezoeken", bedrijfsbezoeken));
        regels.add(List.of("contactmomenten", contactmomenten));
        regels.add(List.of("vacaturesBreedUitgezet", vacaturesBreedUitgezet));
        regels.add(List.of("vacaturesVervuld", vacaturesVervuld));
        regels.add(List.of("positiesVervuld", positiesVervuld));
        regels.add(List.of("plaatsingen", plaatsingen));
        vervullingPerDoelgroep.forEach((doelgroep, aantal) -> regels.add(List.of("plaatsingen." + doelgroep, aantal)));
        regels.add(List.of("garantiebanenBeschikbaar", garantiebanenBeschikbaar));
        regels.add(List.of("garantiebanenIngevuld", garantiebanenIngevuld));
        List<Object> pct = new ArrayList<>();
        pct.add("percentageVervuld");
        pct.add(percentageVervuld);
        regels.add(pct);
        return regels;
    }
}
