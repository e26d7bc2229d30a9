package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Records the employer's outcome of a proposal: invited, hired, or rejected with a reason. Recorded by an adviser of
 * the proposing partner or of the vacancy's account manager (who speaks for the employer), or by an administrator.
 */
@ApplicationScoped
public class RegistreerUitkomst {

    private final EntityManager em;
    private final Outbox outbox;
    private final Verwerkingslogboek audit;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;

    RegistreerUitkomst(EntityManager em, Outbox outbox, Verwerkingslogboek audit, Clock clock, EventPseudoniemen pseudoniemen) {
        this.em = em;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.pseudoniemen = pseudoniemen;
    }

    /** @param partner the caller's partner, or null for an administrator */
    @Transactional
    public Voordracht registreer(UUID voordrachtId, Uitkomst uitkomst, Afwijzingsreden reden, String toelichting,
                                 String partner, String wie) {
        Voordracht v = em.find(Voordracht.class, voordrachtId, LockModeType.PESSIMISTIC_WRITE);
        if (v == null || (partner != null && !v.isBetrokken(partner))) {
            throw ApiProblem.notFound("Voordracht " + voordrachtId);
        }
        if (partner != null && !partner.equals(v.partner) && !partner.equals(v.vacaturePartner)) {
            throw ApiProblem.forbidden("De uitkomst registreert de voordragende partner of de accountmanager van de vacature");
        }
        if (uitkomst == Uitkomst.AFGEWEZEN && reden == null) {
            throw ApiProblem.invalid("reden", "verplicht bij een afwijzing");
        }
        if (uitkomst != Uitkomst.AFGEWEZEN && reden != null) {
            throw ApiProblem.invalid("reden", "alleen bij een afwijzing");
        }
        VoordrachtEvents.VoordrachtV1 event;
        try {
            event = v.registreerUitkomst(uitkomst.status, reden == null ? null : reden.code(), toelichting, wie, clock.instant());
        } catch (Voordracht.OngeldigeOvergang e) {
            throw ApiProblem.conflict("ongeldige-overgang", "Een voordracht die " + e.van.code()
                            + " is, kan niet " + e.naar.code() + " worden",
                    Map.of("status", e.van.code()));
        }
        audit.registreer(v.kandidaatId, "uitkomst-" + event.uitkomst());
        outbox.append(VoordrachtEvents.TOPIC, VoordrachtEvents.UITKOMST_GEREGISTREERD, v.id.toString(),
                event.onderPseudoniem(pseudoniemen.van(v.kandidaatId)));
        return v;
    }
}
