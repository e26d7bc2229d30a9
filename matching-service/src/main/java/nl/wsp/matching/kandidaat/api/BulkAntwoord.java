package nl.wsp.matching.kandidaat.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

public record BulkAntwoord(@Schema(examples = "1") int aangemaakt, @Schema(examples = "1") int bijgewerkt, @Schema(examples = "0") int ongewijzigd, @Schema(examples = "0") int afgewezen, List<ItemResultaat> resultaten) {
}
