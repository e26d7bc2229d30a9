package nl.wsp.matching.plaatsing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.validatie.RedelijkeDatum;
import nl.wsp.matching.plaatsing.Beeindigingsreden;

import java.time.LocalDate;

/** The placement ended on {@code einddatum}; {@code toelichting} is free text that stays in this service. */
public record BeeindigingVerzoek(@NotNull @RedelijkeDatum LocalDate einddatum, @Schema(examples = "einde-contract") @NotNull Beeindigingsreden reden,
                                 @Size(max = 2000) String toelichting) {
}
