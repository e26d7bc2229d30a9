package nl.wsp.reporting.kandidatenpool.api;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One count of an aggregate report with small cells suppressed (docs/adr/0043): {@code aantal} is null and
 * {@code onderdrukt} true when the count is below k, or when it is hidden so that a total cannot give a hidden one back.
 */
public record Telling(@Schema(examples = "ww", description = "De code van de cel (doelgroep, partner, gemeente, leeftijdsband) of `totaal`") String code,
                      @Nullable @Schema(examples = "3000", description = "Het aantal; null als het onderdrukt is") Integer aantal,
                      @Schema(examples = "false", description = "true: het aantal is verborgen (kleiner dan k, of nodig om een kleine cel niet via het totaal te verraden)") boolean onderdrukt) {
}
