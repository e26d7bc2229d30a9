package nl.wsp.matching.traject.api;

import jakarta.validation.constraints.NotNull;
import nl.wsp.matching.traject.Traject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Complete a trajectory with what came of it. */
public record AfrondingVerzoek(@Schema(description = "Niet voor de startdatum", examples = "2027-03-01") @NotNull LocalDate einddatum,
                               @Schema(description = "Moet bij de soort passen: een diploma of certificaat alleen bij een leerwerktraject, "
                                       + "een praktijkverklaring niet bij een oriëntatieplek, naar-leerwerkplek alleen bij een oriëntatieplek",
                                       examples = "naar-leerwerkplek") @NotNull Traject.Uitkomst uitkomst) {
}
