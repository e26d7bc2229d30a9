package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.kandidaat.api.KandidaatInvoer;

/** Name and contact details: shown only to the owning partner (and, after an accepted proposal, to that adviser). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Persoonsgegevens(KandidaatInvoer.Naam naam, KandidaatInvoer.Contact contact) {
}
