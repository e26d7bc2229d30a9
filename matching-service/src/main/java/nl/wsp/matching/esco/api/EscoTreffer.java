package nl.wsp.matching.esco.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One autocomplete suggestion: the ESCO concept, its preferred labels, and the label the search text matched. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscoTreffer(@Schema(examples = "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f") String uri, @Nullable String label, @Nullable String labelEn, @Nullable String iscoGroep, @Nullable String gevondenOp) {
}
