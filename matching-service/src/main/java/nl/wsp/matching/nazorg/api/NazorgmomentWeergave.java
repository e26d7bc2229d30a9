package nl.wsp.matching.nazorg.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.nazorg.Nazorgmoment;
import nl.wsp.matching.nazorg.Nazorguitkomst;

import nl.wsp.platform.logboek.Betrokkene;
import nl.wsp.platform.opslag.MetCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A check-in: {@code status} open, geregistreerd or vervallen. The note is only shown per placement, never in lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NazorgmomentWeergave(@Schema(examples = "c3d5e7f9-2a4b-4c6d-8e0f-1a2b3c4d5e6f") UUID id, @Schema(examples = "5a8c2e1f-7b4d-4c9e-a6f3-1d0b8e2c4f95") UUID plaatsingId, @Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @Betrokkene UUID kandidaatId, @Nullable String partner, @Schema(examples = "3") int maanden,
                                   LocalDate geplandOp, @Schema(examples = "open") Nazorgmoment.Status status, @Nullable Nazorguitkomst uitkomst, @Nullable String notitie,
                                   @Nullable String geregistreerdDoor, @Nullable Instant geregistreerdOp) {

    public static NazorgmomentWeergave volledig(Nazorgmoment m) {
        return new NazorgmomentWeergave(m.id(), m.plaatsingId(), m.kandidaatId(), m.partner(), m.maanden(), m.geplandOp(),
                m.status(), MetCode.van(Nazorguitkomst.class, m.uitkomst()), m.notitie(), m.geregistreerdDoor(), m.geregistreerdOp());
    }

    public static NazorgmomentWeergave zonderNotitie(Nazorgmoment m) {
        return new NazorgmomentWeergave(m.id(), m.plaatsingId(), m.kandidaatId(), m.partner(), m.maanden(), m.geplandOp(),
                m.status(), MetCode.van(Nazorguitkomst.class, m.uitkomst()), null, m.geregistreerdDoor(), m.geregistreerdOp());
    }
}
