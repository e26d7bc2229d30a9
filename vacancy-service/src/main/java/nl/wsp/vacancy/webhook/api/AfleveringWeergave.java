package nl.wsp.vacancy.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.vacancy.webhook.WebhookAflevering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One delivery of one broadcast to one subscription, with every attempt. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AfleveringWeergave(@Schema(examples = "0c2e4a6b-8d1f-4b3c-a5e7-9f1b3d5c7e20") UUID id, @Schema(examples = "3f1e7c52-8a4b-4d0e-9b6a-2c5d8e1f4a70") UUID eventId, @Nullable String eventType, @Nullable UUID vacatureId, @Schema(enumeration = {WebhookAflevering.WACHTEND, WebhookAflevering.AFGELEVERD, WebhookAflevering.MISLUKT, WebhookAflevering.GEANNULEERD}, examples = "afgeleverd") String status,
                                 @Schema(examples = "1") int aantalPogingen, Instant aangemaaktOp, @Nullable Instant volgendePoging, @Nullable Instant afgeleverdOp,
                                 @Nullable List<Poging> pogingen) {

    /**
     * One attempt as the subscriber sees it: {@code uitkomst} {@code afgeleverd} or {@code mislukt}, and the HTTP status
     * their endpoint answered (absent when it did not answer). Never network details or timings: the log must not
     * tell anyone which ports or hosts exist.
     */
    public record Poging(int nummer, Instant op, @Nullable @Schema(enumeration = {WebhookAflevering.AFGELEVERD, WebhookAflevering.MISLUKT}, examples = "afgeleverd") String uitkomst, @Nullable Integer httpStatus) {
    }
}
