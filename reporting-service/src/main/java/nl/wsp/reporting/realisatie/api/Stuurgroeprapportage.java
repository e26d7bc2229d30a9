package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
public record Stuurgroeprapportage(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026-01-01") LocalDate van, @Schema(examples = "2027-01-01") LocalDate tot,
                                   @Schema(examples = "96") int vacaturesOpgehaald, @Schema(examples = "142") int positiesOpgehaald,
                                   @Schema(examples = "310") int bedrijfsbezoeken, @Schema(examples = "845") int contactmomenten, @Schema(examples = "21") int vacaturesBreedUitgezet,
                                   @Schema(examples = "64") int vacaturesVervuld, @Schema(examples = "88") int positiesVervuld, @Schema(examples = "91") int plaatsingen,
                                   @Nullable @Schema(examples = "{\"ww\": 34, \"bijstand\": 29, \"wajong\": 6, \"overig\": 22}") Map<String, Integer> vervullingPerDoelgroep,
                                   @Schema(examples = "24") int garantiebanenBeschikbaar, @Schema(examples = "9") int garantiebanenIngevuld, @Nullable @Schema(examples = "66.7") BigDecimal percentageVervuld)
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
