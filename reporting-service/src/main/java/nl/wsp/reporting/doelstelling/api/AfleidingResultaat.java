package nl.wsp.reporting.doelstelling.api;

import java.math.BigDecimal;
import java.util.List;

public record AfleidingResultaat(int landelijkDoel, BigDecimal regioAandeelProcent, int regioDoel,
                                 List<DoelstellingGegevens> doelstellingen) {
}
