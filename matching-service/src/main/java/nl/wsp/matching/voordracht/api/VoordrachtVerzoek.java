package nl.wsp.matching.voordracht.api;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Propose this candidate for this vacancy. */
public record VoordrachtVerzoek(@NotNull UUID vacatureId, @NotNull UUID kandidaatId) {
}
