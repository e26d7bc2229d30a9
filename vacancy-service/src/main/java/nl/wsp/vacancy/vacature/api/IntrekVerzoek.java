package nl.wsp.vacancy.vacature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the vacancy is withdrawn: kept in the transition and sent with the ingetrokken event. */
public record IntrekVerzoek(@Schema(examples = "De werkgever heeft de functie intern ingevuld") @NotBlank @Size(max = 500) String reden) {
}
