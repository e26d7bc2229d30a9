package nl.wsp.reporting.realisatie.api;

import jakarta.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A target and its realisation: percentage of the target, what was expected by the reference date, and the lag (&gt; 0 = behind). */
public record RealisatieRij(UUID doelstellingId, String soort, @Nullable String doelgroep, @Nullable String partner, @Nullable List<String> gemeenten, int doel,
                            int gerealiseerd, @Nullable BigDecimal percentage, int verwachtTotNu, int achterstand) {
}
