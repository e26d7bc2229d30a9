package nl.wsp.reporting.banenafspraak.api;

import nl.wsp.reporting.banenafspraak.Nulmeting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** A baseline of the jobs agreement: jobs counted in a region and sector at the end of a quarter. */
public record NulmetingGegevens(@Schema(examples = "Amersfoort") String regio,
                                @Schema(examples = "markt", enumeration = {"markt", "overheid", "inleen-detachering"}) String sector,
                                @Schema(examples = "2012-12-31") LocalDate peildatum, @Schema(examples = "1240") int aantal,
                                @Schema(examples = "2026-11-23T09:15:00Z") Instant gewijzigdOp) {

    public static NulmetingGegevens van(Nulmeting n) {
        return new NulmetingGegevens(n.regio(), n.sector(), n.peildatum(), n.aantal(), n.gewijzigdOp());
    }
}
