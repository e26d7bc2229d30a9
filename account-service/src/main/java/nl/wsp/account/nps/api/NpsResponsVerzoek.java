package nl.wsp.account.nps.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An employer's answer to "how likely would you recommend the WSP?", 0–10, in round "jjjj-1" or "jjjj-2". */
public record NpsResponsVerzoek(
        @NotNull UUID werkgeverId,
        @NotNull @Pattern(regexp = "[0-9]{4}-[12]", message = "jjjj-1 of jjjj-2, bijv. 2026-1") String meetronde,
        @NotNull @Min(0) @Max(10) Integer score,
        @Size(max = 2000) String toelichting) {
}
