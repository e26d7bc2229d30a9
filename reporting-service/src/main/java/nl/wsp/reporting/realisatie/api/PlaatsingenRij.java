package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;

/** One line of a placement table: a municipality (or "Buiten regio", or "Totaal") or a period; totaal is the sum of its cells. */
public record PlaatsingenRij(@Schema(examples = "Amersfoort") String naam, @Schema(examples = "14") int totaal,
                             @Schema(examples = "{\"ww\": 5, \"wajong\": 2, \"bijstand\": 7}") Map<String, Integer> aantallen) {
}
