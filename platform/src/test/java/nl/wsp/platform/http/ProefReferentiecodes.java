package nl.wsp.platform.http;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;

/** The frame's test application's reference data: two municipalities. */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class ProefReferentiecodes implements Referentiecodes {

    @Override
    public Optional<String> onbekend(String soort, String code) {
        if (!Referentie.GEMEENTE.equals(soort)) {
            throw new IllegalArgumentException(soort);
        }
        return Set.of("Amersfoort", "Soest").contains(code) ? Optional.empty() : Optional.of("Amersfoort, Soest");
    }
}
