package nl.wsp.account.werklijst.api;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** Seen up to {@code tot}: send the {@code geregistreerdOp} of the last contact read, so nothing that came in meanwhile is lost. */
public record GezienVerzoek(@NotNull Instant tot) {
}
