package nl.wsp.matching.kandidaat.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Withdraw a candidate: no longer job-ready, placed elsewhere, or moved away. */
public record IntrekVerzoek(
        @Schema(examples = "elders-geplaatst") @NotNull @Pattern(regexp = "niet-meer-werkfit|elders-geplaatst|verhuisd",
                message = "onbekende waarde; toegestaan: niet-meer-werkfit, elders-geplaatst, verhuisd") String reden) {
}
