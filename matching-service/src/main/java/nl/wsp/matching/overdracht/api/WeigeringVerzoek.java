package nl.wsp.matching.overdracht.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The receiving partner declines, saying why (the owner reads it; no personal details belong here). */
public record WeigeringVerzoek(
        @Schema(examples = "Woont niet in een van onze gemeenten") @NotBlank @Size(max = 500) String reden) {
}
