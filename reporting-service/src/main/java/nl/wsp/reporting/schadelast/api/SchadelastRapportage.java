package nl.wsp.reporting.schadelast.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.platform.CsvTabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The estimated benefit-cost reduction (schadelastbeperking) of the placements that started in a period, per partner
 * and main target group, and in total (ADR 0038). Aggregates only. {@code tot} is exclusive.
 */
@Schema(description = "Geschatte schadelastbeperking van de plaatsingen die in de periode begonnen, per partner en hoofddoelgroep (ADR 0038)")
public record SchadelastRapportage(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026-01-01") LocalDate van,
                                   @Schema(examples = "2027-01-01") LocalDate tot, @Schema(examples = "2026-12-03") LocalDate peildatum,
                                   @Schema(examples = "bijstandsnorm-alleenstaande-maal-maanden-max-12") String methode,
                                   List<Rij> rijen, Rij totaal) implements CsvTabel {

    public static final String METHODE = "bijstandsnorm-alleenstaande-maal-maanden-max-12";

    /**
     * One partner × main target group: placements started, of those ended and still running, the whole months they
     * lasted (each at most 12), and the estimate in euros (null for a target group without an estimate).
     */
    public record Rij(@Nullable @Schema(examples = "gemeente-amersfoort") String partner, @Schema(examples = "bijstand") String doelgroep,
                      @Schema(examples = "12") int plaatsingen, @Schema(examples = "3") int beeindigd, @Schema(examples = "9") int lopend,
                      @Schema(description = "Hele maanden dat de plaatsingen duurden, elk ten hoogste 12", examples = "61") int maanden,
                      @Nullable @Schema(description = "Geschatte besparing op de bijstand in euro; leeg als de doelgroep geen schatting heeft", examples = "82070.45") BigDecimal geschatBedrag) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("partner", "doelgroep", "plaatsingen", "beeindigd", "lopend", "maanden", "geschatBedrag"));
        List<Rij> alle = new ArrayList<>(rijen);
        alle.add(totaal);
        for (Rij r : alle) {
            List<Object> regel = new ArrayList<>();
            regel.add(r.partner() == null ? "Totaal" : r.partner());
            regel.add(r.doelgroep());
            regel.add(r.plaatsingen());
            regel.add(r.beeindigd());
            regel.add(r.lopend());
            regel.add(r.maanden());
            regel.add(r.geschatBedrag());
            regels.add(regel);
        }
        return regels;
    }
}
