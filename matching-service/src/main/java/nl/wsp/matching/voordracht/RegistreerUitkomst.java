package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.UUID;

/**
 * Records the employer's outcome of a proposal: invited, hired, or rejected with a reason. Recorded by an adviser of
 * the proposing partner or of the vacancy's account manager (who speaks for the employer), or by an administrator.
 */
@ApplicationScoped
public class RegistreerUitkomst {

    private final VoordrachtRepository voordrachten;
    private final Outbox outbox;
    private final Verwerkingslogboek audit;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;

    RegistreerUitkomst(VoordrachtRepository voordrachten, Outbox outbox, Verwerkingslogboek audit, Clock clock, EventPseudoniemen pseudoniemen) {
        this.voordrachten = voordrachten;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.pseudoniemen = pseudoniemen;
    }

    /** @param partner the caller's partner, or null for an administrator */
    @Transactional
    public Voordracht registreer(UUID voordrachtId, Uitkomst uitkomst, Afwijzingsreden reden, String toelichting,
                                 String partner, String wie) {
        Voordracht v = voordrachten.vergrendeld(voordrachtId).filter(d -> partner == null || d.isBetrokken(partner))
                .orElseThrow(() -> ApiProblem.notFound("Voordracht " + voordrachtId));
        if (partner != null && !partner.equals(v.partner()) && !partner.equals(v.vacaturePartner())) {
            throw ApiProblem.forbidden("De uitkomst registreert de voordragende partner of de accountmanager van de vacature");
        }
        VoordrachtEvents.VoordrachtV1 event = v.registreerUitkomst(uitkomst.status, reden == null ? null : reden.code(),
                toelichting, wie, clock.instant());
        audit.registreer(v.kandidaatId(), "uitkomst-" + event.uitkomst());
        outbox.append(VoordrachtEvents.TOPIC, VoordrachtEvents.UITKOMST_GEREGISTREERD, v.id().toString(),
                event.onderPseudoniem(pseudoniemen.van(v.kandidaatId())));
        return v;
    }
}
