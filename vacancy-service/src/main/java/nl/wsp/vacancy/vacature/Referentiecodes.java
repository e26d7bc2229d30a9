package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.referentie.Arbeidsmarktregios;
import nl.wsp.vacancy.esco.EscoCatalogus;

import java.util.Optional;

/** What the filters of vacancy-service name (the frame's {@code @Referentie}): municipalities and ESCO occupations. */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by the frame's Parameters, never injected
public class Referentiecodes implements nl.wsp.platform.http.Referentiecodes {

    private final EscoCatalogus esco;

    Referentiecodes(EscoCatalogus esco) {
        this.esco = esco;
    }

    @Override
    public Optional<String> onbekend(String soort, String code) {
        return switch (soort) {
            case nl.wsp.platform.http.Referentie.GEMEENTE -> Arbeidsmarktregios.gemeente(code).isPresent() ? Optional.empty()
                    : Optional.of("een van de " + Arbeidsmarktregios.gemeenten().size()
                    + " gemeenten van de arbeidsmarktregio's, in de spelling van het CBS (Amersfoort, 's-Hertogenbosch, …)");
            case nl.wsp.platform.http.Referentie.ESCO_BEROEP -> esco.isBeroep(code) ? Optional.empty()
                    : Optional.of("de URI van een ESCO-beroep (http://data.europa.eu/esco/occupation/…)");
            default -> throw new IllegalArgumentException("vacancy-service kent geen referentie " + soort);
        };
    }
}
