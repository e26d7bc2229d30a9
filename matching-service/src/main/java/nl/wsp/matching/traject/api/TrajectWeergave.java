package nl.wsp.matching.traject.api;

import jakarta.annotation.Nullable;
import nl.wsp.matching.traject.Traject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A trajectory as the candidate's partner sees it. */
public record TrajectWeergave(@Schema(examples = "9a1c3e5f-7b2d-4f6a-8c0e-2d4f6a8c0e1b") UUID id,
                              @Schema(examples = "3f6b8d0e-2a4c-4e6f-8a1b-3c5d7e9f1a2b") UUID kandidaatId,
                              @Schema(examples = "gemeente-amersfoort") String partner,
                              @Schema(examples = "orientatieplek") Traject.Soort soort,
                              @Schema(examples = "2027-02-01") LocalDate startdatum,
                              @Schema(examples = "2027-03-01") @Nullable LocalDate geplandeEinddatum,
                              @Schema(examples = "afgerond") Traject.Status status,
                              @Schema(description = "Leeg zolang lopend", examples = "2027-03-01") @Nullable LocalDate einddatum,
                              @Schema(description = "Leeg zolang lopend", examples = "naar-leerwerkplek") @Nullable Traject.Uitkomst uitkomst,
                              @Schema(description = "De adviseur-id of het systeem dat startte", examples = "5b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e") String gestartDoor,
                              @Schema(description = "Leeg zolang lopend") @Nullable String afgerondDoor) {

    public static TrajectWeergave van(Traject t) {
        return new TrajectWeergave(t.id(), t.kandidaatId(), t.partner(), t.soort(), t.startdatum(), t.geplandeEinddatum(),
                t.status(), t.einddatum(), t.uitkomst(), t.gestartDoor(), t.afgerondDoor());
    }
}
