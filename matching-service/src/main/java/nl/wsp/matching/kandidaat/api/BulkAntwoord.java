package nl.wsp.matching.kandidaat.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * Per pushed candidate a result in {@code resultaten}, per withdrawal one in {@code intrekkingResultaten} (empty when
 * the push withdrew nothing), with counters for both.
 */
public record BulkAntwoord(@Schema(examples = "1") int aangemaakt, @Schema(examples = "1") int bijgewerkt, @Schema(examples = "0") int ongewijzigd, @Schema(examples = "0") int afgewezen, List<ItemResultaat> resultaten,
                           @Schema(examples = "1") int ingetrokken, @Schema(examples = "0") int intrekkingenOnbekend,
                           @Schema(examples = "0") int intrekkingenAfgewezen, List<IntrekkingResultaat> intrekkingResultaten) {
}
