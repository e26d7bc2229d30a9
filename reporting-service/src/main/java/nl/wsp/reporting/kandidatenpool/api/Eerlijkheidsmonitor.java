package nl.wsp.reporting.kandidatenpool.api;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fairness monitor of the ranking (issue 18 item 7; docs/algoritme.md, "Risicobeheer"; docs/adr/0043): per main
 * target group and per age band, the pool now, the proposals made and the placements started in the year, the chance of
 * each per 100 candidates of the pool and that chance relative to the whole region's. A relative chance below
 * {@code drempel} (four fifths) is a {@code signaal} for the steering group to look at, not a verdict. Each column is
 * suppressed on its own (k); a chance is shown only when both its counts are.
 */
public record Eerlijkheidsmonitor(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026") int jaar,
                                  @Schema(examples = "5") int k,
                                  @Schema(examples = "0.80", description = "Een relatieve kans hieronder geeft een signaal (de vier-vijfdenregel)") BigDecimal drempel,
                                  Eerlijkheidsrij totaal, Eerlijkheidsrij banenafspraak, List<Eerlijkheidsrij> perDoelgroep, List<Eerlijkheidsrij> perLeeftijdsband)
        implements nl.wsp.reporting.platform.CsvTabel {

    /** One line per group; a suppressed count or a chance not shown is an empty cell, as in the JSON a null. */
    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new java.util.ArrayList<>();
        regels.add(List.of("tabel", "code", "pool", "voordrachten", "plaatsingen", "voordrachtkans", "plaatsingskans",
                "relatieveVoordrachtkans", "relatievePlaatsingskans", "signaal"));
        regel(regels, "totaal", totaal);
        regel(regels, "banenafspraak", banenafspraak);
        perDoelgroep.forEach(r -> regel(regels, "doelgroep", r));
        perLeeftijdsband.forEach(r -> regel(regels, "leeftijdsband", r));
        return regels;
    }

    private static void regel(List<List<Object>> regels, String tabel, Eerlijkheidsrij r) {
        List<Object> regel = new java.util.ArrayList<>(List.of(tabel, r.code()));
        regel.add(r.pool().aantal());
        regel.add(r.voordrachten().aantal());
        regel.add(r.plaatsingen().aantal());
        regel.add(r.voordrachtkans());
        regel.add(r.plaatsingskans());
        regel.add(r.relatieveVoordrachtkans());
        regel.add(r.relatievePlaatsingskans());
        regel.add(r.signaal());
        regels.add(regel);
    }

    /** One main target group, age band, Banenafspraak or the total (its own name: the other reports' {@code Rij} keep theirs). */
    public record Eerlijkheidsrij(@Schema(examples = "50-plus") String code, Telling pool, Telling voordrachten, Telling plaatsingen,
                      @Nullable @Schema(examples = "12.5", description = "Voordrachten in het jaar per 100 kandidaten in de pool, één decimaal") BigDecimal voordrachtkans,
                      @Nullable @Schema(examples = "3.1", description = "Plaatsingen in het jaar per 100 kandidaten in de pool, één decimaal") BigDecimal plaatsingskans,
                      @Nullable @Schema(examples = "0.74", description = "voordrachtkans gedeeld door die van de hele regio, twee decimalen") BigDecimal relatieveVoordrachtkans,
                      @Nullable @Schema(examples = "0.91", description = "plaatsingskans gedeeld door die van de hele regio, twee decimalen") BigDecimal relatievePlaatsingskans,
                      @Nullable @Schema(examples = "true", description = "true als een relatieve kans onder de drempel ligt; null als geen van beide te tonen is") Boolean signaal) {
    }
}
