package nl.wsp.vacancy.regio.api;

import java.time.Instant;
import java.util.UUID;

/** One recorded change of a region's setting: which setting, old and new value, who (sub and role), when. */
public record RegioInstellingWijzigingWeergave(UUID id, String instelling, String oudeWaarde, String nieuweWaarde,
                                               String gewijzigdDoor, String rol, Instant gewijzigdOp) {
}
