package nl.wsp.matching.nazorg.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import nl.wsp.matching.nazorg.Nazorguitkomst;

/** The outcome of the check-in {@code maanden} months after the start (1, 3 or 6), with a note. */
public record NazorgVerzoek(@Schema(examples = "3") @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(1) Integer maanden, @Schema(examples = "goed") @NotNull Nazorguitkomst uitkomst,
                            @Size(max = 4000) String notitie) {
}
