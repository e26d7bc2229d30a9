package nl.wsp.platform.page;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** One page of a list (docs/api.md): {@code volgendeCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Pagina<T>(List<T> resultaten, @Nullable String volgendeCursor) {

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

    /**
     * A page of a list the service reads whole (a list per owner, already narrowed to what the caller may see),
     * with the same contract as a keyset page read from SQL: ordered by {@code sleutel} (unique per element,
     * {@link Cursor#sleutel}), the cursor is the key of the last element served, and the next page holds the
     * elements after it, so an element added or removed meanwhile never shifts a page. Moving such a list to SQL
     * keyset paging later changes nothing for a client.
     */
    public static <T> Pagina<T> uit(List<T> alle, String cursor, int limiet, Function<T, String> sleutel) {
        String na = cursor == null || cursor.isBlank() ? null : Cursor.leesSleutel(cursor);
        List<T> rijen = alle.stream()
                .filter(t -> na == null || sleutel.apply(t).compareTo(na) > 0)
                .sorted(Comparator.comparing(sleutel))
                .limit(limiet + 1L)
                .toList();
        return van(rijen, limiet, t -> Cursor.vanSleutel(sleutel.apply(t)));
    }
}
