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
public record MatchAntwoord(@Schema(examples = "4b7e2c91-5d3a-4f6e-8a1b-2c9d0e7f6a53") UUID vacatureId, @Nullable String regelsVersie, @Schema(examples = "true") boolean eigenBestandFase, @Schema(examples = "42") int beoordeeld,
                            @Schema(examples = "30") int afgevallen, @Nullable Map<String, Integer> afgevallenOp, List<Match> resultaten) {

    public record Match(@Schema(examples = "1") int rang, @Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @Betrokkene UUID kandidaatId, @Nullable String partner, @Schema(examples = "0.82") double geschiktheid,
                        @Nullable List<Geschiktheid.Factor> factoren, @Nullable List<String> gematchteVaardigheden,
                        @Nullable List<String> ontbrekendeVaardigheden, @Schema(examples = "false") boolean kwetsbaar,
                        @Schema(examples = "3.0", description = "Rule 7's input, by regelsVersie: prioriteit-v1 the absolute lag of the candidate's "
                                + "partner behind its target this year (placements); prioriteit-v2 the largest relative lag, in percent "
                                + "of the placements expected by now, of the targets the candidate counts towards (ADR 0027)")
                        double achterstandPartner,
                        @Nullable List<Prioriteitsregels.Verschuiving> voorgegaanOp) {
    }
}
