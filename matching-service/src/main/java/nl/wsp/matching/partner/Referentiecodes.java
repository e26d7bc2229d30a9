package nl.wsp.matching.partner;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.http.Referentie;

import java.util.Optional;

/** What the filters of matching-service name (the frame's {@code @Referentie}): the partners account-service published. */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by the frame's Parameters, never injected
public class Referentiecodes implements nl.wsp.platform.http.Referentiecodes {

    private final PartnerRepository partners;

    Referentiecodes(PartnerRepository partners) {
        this.partners = partners;
    }

    @Override
    public Optional<String> onbekend(String soort, String code) {
        if (!Referentie.PARTNER.equals(soort)) {
            throw new IllegalArgumentException("matching-service kent geen referentie " + soort);
        }
        return partners.bekend(code) ? Optional.empty() : Optional.of("de code van een partner (GET /api/v1/partners van account-service)");
    }
}
