package nl.wsp.reporting.referentie;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.http.Referentie;

import java.util.Optional;

/** What the filters of reporting-service name (the frame's {@code @Referentie}): the regions of the reference data. */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by the frame's Parameters, never injected
public class Referentiecodes implements nl.wsp.platform.http.Referentiecodes {

    private final Regios regios;

    Referentiecodes(Regios regios) {
        this.regios = regios;
    }

    @Override
    public Optional<String> onbekend(String soort, String code) {
        if (!Referentie.REGIO.equals(soort)) {
            throw new IllegalArgumentException("reporting-service kent geen referentie " + soort);
        }
        return regios.bestaat(code) ? Optional.empty()
                : Optional.of("een van de 35 arbeidsmarktregio's van GET /api/v1/regios (Amersfoort, Midden-Brabant, …)");
    }
}
