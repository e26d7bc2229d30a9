package nl.wsp.matching.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.http.Referentie;

import java.util.Optional;

/** What the filters of matching-service name (the frame's {@code @Referentie}): the partners account-service published. */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by the frame's Parameters, never injected
public class Referentiecodes implements nl.wsp.platform.http.Referentiecodes {

    private final EntityManager em;

    Referentiecodes(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<String> onbekend(String soort, String code) {
        if (!Referentie.PARTNER.equals(soort)) {
            throw new IllegalArgumentException("matching-service kent geen referentie " + soort);
        }
        boolean bekend = em.createQuery("select count(p) from Partner p where p.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
        return bekend ? Optional.empty() : Optional.of("de code van een partner (GET /api/v1/partners van account-service)");
    }
}
