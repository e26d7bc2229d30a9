package nl.wsp.matching.matchen.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.matchen.regels.Geschiktheid;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The recorded decision behind a proposal (issue 14, item 6): where the ranking of the vacancy placed the candidate
 * at the moment of proposing, and why — the same ranking {@code GET /vacatures/{id}/matches} answers.
 *
 * @param rang               the place (1 = first); null when the candidate was not among the ranked places
 * @param geschiktheid       the suitability, 0–100; null when it could not be computed (no profile)
 * @param factoren           every factor's contribution to the suitability
 * @param kwetsbaar          rule 5 applied: the candidate counts as vulnerable (by the rules of {@code regelsVersie})
 * @param achterstandPartner rule 7's input: in {@code prioriteit-v1} the absolute lag of the candidate's partner behind its
 *                           target (placements); in {@code prioriteit-v2} the largest relative lag, in percent, of the
 *                           targets the candidate counts towards (ADR 0027)
 * @param regel              the rule that placed the candidate ahead of others ({@code regel-5-kwetsbaar-eerst},
 *                           {@code regel-7-solidariteit}), or {@code geschiktheid} when suitability alone decided
 * @param voorgegaanOp       per rule, how many candidates with a higher (or equal) suitability this one went ahead of
 * @param regelsVersie       the version of the priority rules ({@code prioriteit-v1}, {@code prioriteit-v2})
 * @param buitenRangorde     why there is no place: {@code harde-filter:<reden>}, {@code niet-bij-de-eerste-<n>}, or
 *                           {@code geen-profiel}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rangbesluit(@Nullable Integer rang, @Nullable Double geschiktheid, @Nullable List<Geschiktheid.Factor> factoren, @Nullable Boolean kwetsbaar,
                          @Nullable Double achterstandPartner, @Nullable String regel, @Nullable Map<String, Integer> voorgegaanOp, @Nullable String regelsVersie,
                          boolean eigenBestandFase, int beoordeeld, @Nullable String buitenRangorde, @Nullable Instant vastgelegdOp) {
}
