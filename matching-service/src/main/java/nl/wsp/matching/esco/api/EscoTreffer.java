package nl.wsp.matching.esco.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One autocomplete suggestion: the ESCO concept, its preferred labels, and the label the search text matched. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscoTreffer(String uri, String label, String labelEn, String iscoGroep, String gevondenOp) {
}
