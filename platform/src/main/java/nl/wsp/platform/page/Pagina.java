package nl.wsp.platform.page;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.function.Function;

/** One page of a list (docs/api.md): {@code volgendeCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Pagina<T>(List<T> resultaten, String volgendeCursor) {

    public <R> Pagina<R> map(Function<T, R> f) {
        return new Pagina<>(resultaten.stream().map(f).toList(), volgendeCursor);
    }

    /** From {@code limiet + 1} fetched rows: serve {@code limiet}, and a cursor made from the last served one if more exist. */
    public static <T> Pagina<T> van(List<T> rijen, int limiet, Function<T, String> cursorVan) {
        if (rijen.size() <= limiet) {
            return new Pagina<>(rijen, null);
        }
        List<T> pagina = rijen.subList(0, limiet);
        return new Pagina<>(List.copyOf(pagina), cursorVan.apply(pagina.get(limiet - 1)));
    }
}
