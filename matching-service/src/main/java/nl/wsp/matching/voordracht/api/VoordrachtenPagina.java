package nl.wsp.matching.voordracht.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of proposals; {@code volgendeCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoordrachtenPagina(List<VoordrachtWeergave> resultaten, @Nullable String volgendeCursor) {
}
