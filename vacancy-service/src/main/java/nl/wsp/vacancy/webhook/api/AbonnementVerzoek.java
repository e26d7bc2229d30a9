package nl.wsp.vacancy.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A partner's endpoint for broadcasts. {@code partner} is taken from the token for a partner system; a beheerder names
 * the partner it registers for.
 */
public record AbonnementVerzoek(@Schema(examples = "https://werkgevers.amersfoort.nl/wsp/webhooks/vacatures") @NotBlank @Size(max = 2000) String url, @Size(max = 100) String partner) {
}
