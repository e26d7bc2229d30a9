package nl.wsp.vacancy.vacature.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the vacancy is withdrawn: kept in the transition and sent with the ingetrokken event. */
public record IntrekVerzoek(@NotBlank @Size(max = 500) String reden) {
}
