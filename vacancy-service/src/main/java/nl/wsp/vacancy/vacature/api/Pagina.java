package nl.wsp.vacancy.vacature.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A page of a cursor-paginated list (docs/api.md): {@code volgendeCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Pagina<T>(List<T> resultaten, String volgendeCursor) {
}
