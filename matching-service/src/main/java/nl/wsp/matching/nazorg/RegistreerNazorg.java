package nl.wsp.matching.nazorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.matching.plaatsing.Plaatsing;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records the outcome and note of a check-in, and reads a placement's check-ins; both are audited. */
@ApplicationScoped
public class RegistreerNazorg {

    private final EntityManager em;
    private final Verwerkingslogboek audit;
    private final Clock clock;

    RegistreerNazorg(EntityManager em, Verwerkingslogboek audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param partner the caller's partner; null for an administrator */
    @Transactional
    public Nazorgmoment registreer(UUID plaatsingId, int maanden, Nazorguitkomst uitkomst, String notitie, String partner,
                                   String wie) {
        Plaatsing p = plaatsing(plaatsingId, partner);
        Nazorgmoment m = em.createQuery("from Nazorgmoment where plaatsingId = :p and maanden = :m", Nazorgmoment.class)
                .setParameter("p", p.id).setParameter("m", maanden)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.invalid("maanden", "geen nazorgmoment na " + maanden + " maanden; gepland zijn "
                        + Nazorgmoment.SCHEMA));
        if (m.status != Nazorgmoment.Status.OPEN) {
            throw ApiProblem.conflict("nazorg-niet-open", "Dit nazorgmoment is " + m.status.code(),
                    Map.of("status", m.status.code()));
        }
        Instant nu = clock.instant();
        if (m.isTeVroeg(TimeSource.datum(nu))) {
            throw ApiProblem.conflict("nazorg-te-vroeg", "Dit nazorgmoment staat gepland op " + m.geplandOp
                            + "; registreren kan vanaf " + Nazorgmoment.DAGEN_VOORAF + " dagen ervoor",
                    Map.of("geplandOp", m.geplandOp.toString()));
        }
        m.registreer(uitkomst, notitie, wie, nu);
        audit.registreer(p.kandidaatId, "nazorg-geregistreerd");
        return m;
    }

    @Transactional
    public List<Nazorgmoment> vanPlaatsing(UUID plaatsingId, String partner) {
        Plaatsing p = plaatsing(plaatsingId, partner);
        audit.registreer(p.kandidaatId, "nazorg-gelezen");
        return em.createQuery("from Nazorgmoment where plaatsingId = :p order by maanden", Nazorgmoment.class)
                .setParameter("p", p.id).getResultList();
    }

    private Plaatsing plaatsing(UUID id, String partner) {
        Plaatsing p = em.find(Plaatsing.class, id);
        if (p == null || (partner != null && !p.isBetrokken(partner))) {
            throw ApiProblem.notFound("Plaatsing " + id);
        }
        return p;
    }
}
