package nl.wsp.vacancy.webhook.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One delivery of one broadcast to one subscription, with every attempt. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AfleveringWeergave(UUID id, UUID eventId, @Nullable String eventType, @Nullable UUID vacatureId, String status,
                                 int aantalPogingen, Instant aangemaaktOp, @Nullable Instant volgendePoging, @Nullable Instant afgeleverdOp,
                                 @Nullable List<Poging> pogingen) {

    /**
     * One attempt as the subscriber sees it: {@code uitkomst} {@code afgeleverd} or {@code mislukt}, and the HTTP status
     * their endpoint answered (absent when it did not answer). Never network details or timings: the log must not
     * tell anyone which ports or hosts exist.
     */
    public record Poging(int nummer, Instant op, @Nullable String uitkomst, @Nullable Integer httpStatus) {
    }
}
