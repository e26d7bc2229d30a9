package nl.wsp.matching.kandidaat.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import nl.wsp.platform.logboek.Betrokkene;
import nl.wsp.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * What became of one withdrawal of a push: {@code ingetrokken} (with the candidate's id), {@code onbekend} (the partner
 * has no available candidate with this reference: nothing changed; {@code probleem} names
 * {@code intrekkingen[i].referentie}) or {@code afgewezen} ({@code probleem} names the field, as
 * {@code intrekkingen[i].reden}). A reference rejected by the BSN elfproef is not echoed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntrekkingResultaat(@Schema(examples = "0") int index, @Nullable String referentie,
                                  @Schema(enumeration = {"ingetrokken", "onbekend", "afgewezen"}, examples = "ingetrokken") String resultaat,
                                  @Nullable @Betrokkene UUID id, @Nullable Problem probleem) {
}
