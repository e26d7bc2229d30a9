package nl.wsp.account.evenement.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Who came to an event, as a whole: the employers (ids of employers of the event's region) and how many candidates (a
 * count: candidates are matching-service's, their identities are not kept here).
 */
public record AanwezigheidVerzoek(
        @Schema(examples = "[\"3f2b8c1e-7d4a-4e9b-a6c5-1b0d9e8f7a62\", \"5c9d2e7a-1b3f-4a8c-9e6d-7f0a1b2c3d48\"]") @NotNull @Size(max = 500) List<UUID> werkgeverIds,
        @Schema(examples = "24") @NotNull @Min(value = 0, message = "een geheel getal van 0 tot en met 100000") @Max(value = 100_000, message = "een geheel getal van 0 tot en met 100000") Integer aantalKandidaten) {
}
