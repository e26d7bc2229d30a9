package nl.wsp.vacancy.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.vacancy.webhook.WebhookAbonnement;

import java.time.Instant;
import java.util.UUID;

/** A subscription; {@code geheim} (the HMAC key) only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AbonnementWeergave(UUID id, String partner, String url, boolean actief, Instant aangemaaktOp, String geheim,
                                 String handtekeningHeader) {

    public static AbonnementWeergave van(WebhookAbonnement a, boolean metGeheim) {
        return new AbonnementWeergave(a.id, a.partner, a.url, a.actief, a.aangemaaktOp, metGeheim ? a.geheim : null,
                metGeheim ? "WSP-Signature: sha256=<hex HMAC-SHA256(geheim, body)>" : null);
    }
}
