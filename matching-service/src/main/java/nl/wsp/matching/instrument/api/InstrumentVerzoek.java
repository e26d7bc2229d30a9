package nl.wsp.matching.instrument.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.matching.instrument.Instrumentsoort;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A catalogue entry a partner offers. */
public record InstrumentVerzoek(@NotBlank @Size(max = 64) String partner, @NotNull Instrumentsoort soort,
                                @NotBlank @Size(max = 200) String naam, @Size(max = 2000) String voorwaarden,
                                @NotNull LocalDate geldigVan, LocalDate geldigTot, @Min(1) Integer maxMaanden,
                                @DecimalMin("0.01") BigDecimal maxBedrag) {
}
