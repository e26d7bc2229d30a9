package nl.wsp.vacancy.regio.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The settings a region's beheerder sets: the own-caseload window. */
public record RegioInstellingenVerzoek(
        @NotBlank @Size(max = 40)
        @Schema(description = "De eigen-bestandstermijn: een ISO-8601-duur in hele minuten van PT1H tot en met P14D",
                examples = "PT48H")
        String eigenBestandTermijn) {
}
