package nl.wsp.matching.nazorg.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of check-ins; {@code volgendeCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NazorgmomentenPagina(List<NazorgmomentWeergave> resultaten, @Nullable String volgendeCursor) {
}
