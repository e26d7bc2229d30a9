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
                                  Eerlijkheidsrij totaal, Eerlijkheidsrij banenafspraak, List<Eerlijkheidsrij> perDoelgroep, List<Eerlijkheidsrij> perLeeftijdsband) {

    /** One main target group, age band, Banenafspraak or the total (its own name: the other reports' {@code Rij} keep theirs). */
    public record Eerlijkheidsrij(@Schema(examples = "50-plus") String code, Telling pool, Telling voordrachten, Telling plaatsingen,
                      @Nullable @Schema(examples = "12.5", description = "Voordrachten in het jaar per 100 kandidaten in de pool, één decimaal") BigDecimal voordrachtkans,
                      @Nullable @Schema(examples = "3.1", description = "Plaatsingen in het jaar per 100 kandidaten in de pool, één decimaal") BigDecimal plaatsingskans,
                      @Nullable @Schema(examples = "0.74", description = "voordrachtkans gedeeld door die van de hele regio, twee decimalen") BigDecimal relatieveVoordrachtkans,
                      @Nullable @Schema(examples = "0.91", description = "plaatsingskans gedeeld door die van de hele regio, twee decimalen") BigDecimal relatievePlaatsingskans,
                      @Nullable @Schema(examples = "true", description = "true als een relatieve kans onder de drempel ligt; null als geen van beide te tonen is") Boolean signaal) {
    }
}
