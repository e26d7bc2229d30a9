package nl.wsp.matching.kandidaat.api;

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
public record ItemResultaat(int index, String referentie, String resultaat, @Betrokkene UUID id, Integer volledigheid,
                            List<String> ontbrekendeVelden, Problem probleem) {
}
