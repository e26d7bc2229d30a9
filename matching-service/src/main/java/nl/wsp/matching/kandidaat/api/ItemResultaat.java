package nl.wsp.matching.kandidaat.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.platform.problem.Problem;

import nl.wsp.platform.logboek.Betrokkene;

import java.util.List;
import java.util.UUID;

/**
 * What became of one pushed item: {@code aangemaakt}, {@code bijgewerkt}, {@code ongewijzigd} or {@code afgewezen}
 * (then {@code probleem} says why, naming fields as {@code kandidaten[i].veld}). A reference rejected by the
 * BSN elfproef is not echoed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResultaat(@Schema(examples = "0") int index, @Nullable String referentie, @Schema(examples = "aangemaakt") String resultaat, @Nullable @Betrokkene UUID id, @Nullable Integer volledigheid,
                            @Nullable List<String> ontbrekendeVelden, @Nullable Problem probleem) {
}
