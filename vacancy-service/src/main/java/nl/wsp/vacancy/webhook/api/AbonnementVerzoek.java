package nl.wsp.vacancy.webhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A partner's endpoint for broadcasts. {@code partner} is taken from the token for a partner system; a beheerder names
 * the partner it registers for.
 */
public record AbonnementVerzoek(@NotBlank @Size(max = 2000) String url, @Size(max = 100) String partner) {
}
