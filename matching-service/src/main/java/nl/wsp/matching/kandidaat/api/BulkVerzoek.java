package nl.wsp.matching.kandidaat.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Up to 1,000 candidates in one push (the OpenAPI shape; the service reads each item on its own). The list is required:
 * a body without it is a 400 ("geen lijst"), which the contract now says.
 */
public record BulkVerzoek(@NotNull @Size(min = 1, max = 1000) List<KandidaatInvoer> kandidaten) {
}
