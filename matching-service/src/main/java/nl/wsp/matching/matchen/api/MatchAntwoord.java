package nl.wsp.matching.matchen.api;

import jakarta.annotation.Nullable;

import nl.wsp.matching.matchen.regels.Geschiktheid;
import nl.wsp.matching.matchen.regels.Prioriteitsregels;

import nl.wsp.platform.logboek.Betrokkene;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ranked candidates for one vacancy, every place explained: the suitability factors, matched and missing skills,
 * and which priority rule (of which version) moved the candidate ahead of whom. Candidates are pseudonymous ids.
 */
public record MatchAntwoord(UUID vacatureId, @Nullable String regelsVersie, boolean eigenBestandFase, int beoordeeld,
                            int afgevallen, @Nullable Map<String, Integer> afgevallenOp, List<Match> resultaten) {

    public record Match(int rang, @Betrokkene UUID kandidaatId, @Nullable String partner, double geschiktheid,
                        @Nullable List<Geschiktheid.Factor> factoren, @Nullable List<String> gematchteVaardigheden,
                        @Nullable List<String> ontbrekendeVaardigheden, boolean kwetsbaar,
                        @Schema(description = "Rule 7's input, by regelsVersie: prioriteit-v1 the absolute lag of the candidate's "
                                + "partner behind its target this year (placements); prioriteit-v2 the largest relative lag, in percent "
                                + "of the placements expected by now, of the targets the candidate counts towards (ADR 0027)")
                        double achterstandPartner,
                        @Nullable List<Prioriteitsregels.Verschuiving> voorgegaanOp) {
    }
}
