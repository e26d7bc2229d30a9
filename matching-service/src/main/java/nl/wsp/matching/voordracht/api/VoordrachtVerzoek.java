package nl.wsp.matching.voordracht.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Propose this candidate for this vacancy. */
public record VoordrachtVerzoek(@Schema(examples = "4b7e2c91-5d3a-4f6e-8a1b-2c9d0e7f6a53") @NotNull UUID vacatureId, @Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @NotNull UUID kandidaatId) {
}
