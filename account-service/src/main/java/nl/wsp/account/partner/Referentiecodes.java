package nl.wsp.account.partner;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.http.Referentie;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.util.Optional;

/**
 * What the filters of account-service name (the frame's {@code @Referentie}): the municipalities and regions of the
 * reference data, and the registered partners.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by the frame's Parameters, never injected
public class Referentiecodes implements nl.wsp.platform.http.Referentiecodes {

    private final PartnerRepository partners;

    Referentiecodes(PartnerRepository partners) {
        this.partners = partners;
    }

    @Override
    public Optional<String> onbekend(String soort, String code) {
        return switch (soort) {
            case Referentie.GEMEENTE -> Arbeidsmarktregios.gemeente(code).isPresent() ? Optional.empty()
                    : Optional.of("een van de " + Arbeidsmarktregios.gemeenten().size()
                    + " gemeenten van de arbeidsmarktregio's, in de spelling van het CBS (Amersfoort, 's-Hertogenbosch, …)");
            case Referentie.REGIO -> Arbeidsmarktregios.regios().contains(code) ? Optional.empty()
                    : Optional.of("een van de " + Arbeidsmarktregios.regios().size() + " arbeidsmarktregio's: "
                    + String.join(", ", new java.util.TreeSet<>(Arbeidsmarktregios.regios())));
            case Referentie.PARTNER -> partners.findByCode(code).isPresent() ? Optional.empty()
                    : Optional.of("de code van een partner (GET /api/v1/partners)");
            default -> throw new IllegalArgumentException("account-service kent geen referentie " + soort);
        };
    }
}
