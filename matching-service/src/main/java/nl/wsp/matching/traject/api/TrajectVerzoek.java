package nl.wsp.matching.traject.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import nl.wsp.matching.traject.Traject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Start a trajectory of an own candidate. */
public record TrajectVerzoek(@Schema(examples = "3f6b8d0e-2a4c-4e6f-8a1b-3c5d7e9f1a2b") @NotNull UUID kandidaatId,
                             @Schema(examples = "orientatieplek") @NotNull Traject.Soort soort,
                             @Schema(examples = "2027-02-01") @NotNull LocalDate startdatum,
                             @Schema(description = "Niet voor de startdatum", examples = "2027-03-01") @Nullable LocalDate geplandeEinddatum) {
}
