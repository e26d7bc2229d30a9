package nl.wsp.matching.nazorg.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.nazorg.Nazorgmoment;

import nl.wsp.platform.logboek.Betrokkene;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A check-in: {@code status} open, geregistreerd or vervallen. The note is only shown per placement, never in lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NazorgmomentWeergave(UUID id, UUID plaatsingId, @Betrokkene UUID kandidaatId, @Nullable String partner, int maanden,
                                   LocalDate geplandOp, String status, @Nullable String uitkomst, @Nullable String notitie,
                                   @Nullable String geregistreerdDoor, @Nullable Instant geregistreerdOp) {

    public static NazorgmomentWeergave volledig(Nazorgmoment m) {
        return new NazorgmomentWeergave(m.id, m.plaatsingId, m.kandidaatId, m.partner, m.maanden, m.geplandOp,
                m.status.code(), m.uitkomst, m.notitie, m.geregistreerdDoor, m.geregistreerdOp);
    }

    public static NazorgmomentWeergave zonderNotitie(Nazorgmoment m) {
        return new NazorgmomentWeergave(m.id, m.plaatsingId, m.kandidaatId, m.partner, m.maanden, m.geplandOp,
                m.status.code(), m.uitkomst, null, m.geregistreerdDoor, m.geregistreerdOp);
    }
}
