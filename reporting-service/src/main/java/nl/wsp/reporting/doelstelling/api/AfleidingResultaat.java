package nl.wsp.reporting.doelstelling.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

public record AfleidingResultaat(@Schema(examples = "9000") int landelijkDoel, @Schema(examples = "1.86") BigDecimal regioAandeelProcent, @Schema(examples = "167") int regioDoel,
                                 List<DoelstellingGegevens> doelstellingen) {
}
