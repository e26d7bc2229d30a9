package nl.wsp.account.nps.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An employer's answer to "how likely would you recommend the WSP?", 0–10, in round "jjjj-1" or "jjjj-2". */
public record NpsResponsVerzoek(
        @Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @NotNull UUID werkgeverId,
        @Schema(examples = "2026-2") @NotNull @Pattern(regexp = "[0-9]{4}-[12]", message = "jjjj-1 of jjjj-2, bijv. 2026-1") String meetronde,
        @Schema(examples = "9") @NotNull @Min(0) @Max(10) Integer score,
        @Schema(examples = "Snel contact en goede kandidaten voorgedragen") @Size(max = 2000) String toelichting) {
}
