package nl.wsp.matching.esco.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One autocomplete suggestion: the ESCO concept, its preferred labels, and the label the search text matched. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscoTreffer(String uri, @Nullable String label, @Nullable String labelEn, @Nullable String iscoGroep, @Nullable String gevondenOp) {
}
