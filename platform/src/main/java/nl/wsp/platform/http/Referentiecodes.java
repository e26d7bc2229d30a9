package nl.wsp.platform.http;

import java.util.Optional;

/**
 * A service's reference data, as the query parameters marked {@link Referentie} name it. The frame has no reference
 * data of its own (ADR 0005: no domain types); each service that marks a parameter provides one bean of this type,
 * marked {@code @io.quarkus.arc.Unremovable}: the frame looks it up, so nothing injects it.
 */
public interface Referentiecodes {

    /**
     * Empty when {@code code} names an item of {@code soort}; otherwise what is allowed, in words for the caller
     * ({@code "een van de 35 arbeidsmarktregio's: Achterhoek, …"}), which the 400 names beside the parameter.
     *
     * @throws IllegalArgumentException for a {@code soort} this service does not know (a programming error)
     */
    Optional<String> onbekend(String soort, String code);
}
