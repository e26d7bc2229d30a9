package nl.wsp.vacancy.regio.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** One recorded change of a region's setting: which setting, old and new value, who (sub and role), when. */
public record RegioInstellingWijzigingWeergave(@Schema(examples = "a7c9e1b3-5d2f-4a6e-8c0b-1d3f5a7c9e2b") UUID id, @Schema(examples = "eigenBestandTermijn") String instelling, @Schema(examples = "PT24H") String oudeWaarde, @Schema(examples = "PT48H") String nieuweWaarde,
                                               @Schema(examples = "5d7f9b1c-3e2a-4c6d-8b0f-2a4c6e8d0b13") String gewijzigdDoor, @Schema(examples = "beheerder regio Amersfoort") String rol, Instant gewijzigdOp) {
}
