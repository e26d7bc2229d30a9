package nl.wsp.matching.plaatsing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import nl.wsp.platform.validatie.RedelijkeDatum;
import nl.wsp.matching.plaatsing.BanenafspraakSector;
import nl.wsp.matching.plaatsing.Contractvorm;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Make a placement of an accepted proposal. The contract runs {@code contractduurMaanden} months, or is open-ended
 * with {@code onbepaaldeTijd: true} (exactly one of the two). {@code instrumenten}: ids of approved instrument
 * deployments ({@code /api/v1/instrument-inzetten}) for this candidate. {@code banenafspraakSector}: where the job of a
 * candidate of the Banenafspraak target group counts (required for that candidate, refused for any other).
 */
public record PlaatsingVerzoek(@Schema(examples = "e2f4a6c8-1b3d-4e5f-8a7b-9c0d1e2f3a4b") @NotNull UUID voordrachtId, @NotNull @RedelijkeDatum LocalDate startdatum, @Schema(examples = "tijdelijk") @NotNull Contractvorm contractvorm,
                               @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(120) Integer contractduurMaanden, Boolean onbepaaldeTijd,
                               @Schema(examples = "32") @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(40) Integer urenPerWeek, @Size(max = 20) List<UUID> instrumenten,
                               @Schema(examples = "markt", description = "Verplicht bij een kandidaat uit de doelgroep banenafspraak, anders weglaten") BanenafspraakSector banenafspraakSector) {
}
