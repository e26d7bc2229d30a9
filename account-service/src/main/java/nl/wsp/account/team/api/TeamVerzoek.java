package nl.wsp.account.team.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A unit of a region: its name and its work area (municipalities of the region; two units may share one). */
public record TeamVerzoek(
        @Schema(examples = "Amersfoort") @NotBlank @Size(max = 100) String regio,
        @Schema(examples = "Team Eemland-Noord") @NotBlank @Size(max = 200) String naam,
        @Schema(examples = "[\"Amersfoort\", \"Baarn\", \"Soest\"]") @NotEmpty @Size(max = 100) List<@NotNull @Size(max = 100) String> werkgebied) {
}
