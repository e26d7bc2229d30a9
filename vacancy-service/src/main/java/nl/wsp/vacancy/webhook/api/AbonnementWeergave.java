package nl.wsp.vacancy.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.vacancy.webhook.WebhookAbonnement;

import java.time.Instant;
import java.util.UUID;

/** A subscription; {@code geheim} (the HMAC key) only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AbonnementWeergave(@Schema(examples = "6e2a4c8f-1b3d-4f5a-9c7e-0d2b4a6c8e1f") UUID id, @Schema(examples = "gemeente-amersfoort") String partner, @Schema(examples = "https://werkgevers.amersfoort.nl/wsp/webhooks/vacatures") String url, @Schema(examples = "true") boolean actief, Instant aangemaaktOp, @Nullable String geheim,
                                 @Nullable String handtekeningHeader) {

    /** How deliveries are signed (Standard Webhooks; docs/api.md shows how to verify). */
    static final String HANDTEKENING = "webhook-signature: v1,<base64 HMAC-SHA256 over \"webhook-id.webhook-timestamp.body\","
            + " keyed with the base64-decoded geheim after whsec_>";

    public static AbonnementWeergave van(WebhookAbonnement a, boolean metGeheim) {
        return new AbonnementWeergave(a.id(), a.partner(), a.url(), a.actief(), a.aangemaaktOp(), metGeheim ? a.geheim() : null,
                metGeheim ? HANDTEKENING : null);
    }
}
