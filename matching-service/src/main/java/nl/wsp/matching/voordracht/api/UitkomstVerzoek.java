package nl.wsp.matching.voordracht.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.matching.voordracht.Afwijzingsreden;
import nl.wsp.matching.voordracht.Uitkomst;

/**
 * The employer's outcome. {@code reden} is required with {@code afgewezen} and refused otherwise; {@code toelichting}
 * is free text that stays in this service (never in an event).
 */
public record UitkomstVerzoek(@Schema(examples = "uitgenodigd") @NotNull Uitkomst uitkomst, Afwijzingsreden reden, @Size(max = 2000) String toelichting) {
}
