package nl.wsp.matching.kandidaat.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Up to 1,000 items in one push, candidates and withdrawals together (the OpenAPI shape; the service reads each item
 * on its own). The candidate list is required, and may be empty when the push only withdraws: a body without it is
 * a 400 ("geen lijst"), which the contract says.
 */
public record BulkVerzoek(@NotNull @Size(max = 1000) List<KandidaatInvoer> kandidaten,
                          @Nullable @Size(max = 1000) @Schema(description = "Intrekkingen op de eigen referentie, in dezelfde transactie; "
                                  + "telt met de kandidaten mee voor de 1.000 items") List<Intrekking> intrekkingen) {

    /** Withdraw the partner's available candidate with this reference, for one of the reasons of a single withdrawal. */
    public record Intrekking(@NotNull @Schema(maxLength = 64, pattern = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}", examples = "SOEST-WERK-2025-0042") String referentie,
                             @NotNull @Schema(enumeration = {"niet-meer-werkfit", "elders-geplaatst", "verhuisd"}, examples = "elders-geplaatst") String reden) {
    }
}
