package nl.wsp.matching.voordracht.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of proposals; {@code volgendeCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoordrachtenPagina(List<VoordrachtWeergave> resultaten, String volgendeCursor) {
}
