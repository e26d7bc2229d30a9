package nl.wsp.account.contactverzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.account.beller.Beller;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Use case: the employer has been answered. Records when, and whether that was within 24 hours. */
@ApplicationScoped
public class BeantwoordContactverzoek {

    private final ContactverzoekRepository verzoeken;
    private final Outbox outbox;
    private final Clock clock;
    private final Beller beller;

    BeantwoordContactverzoek(ContactverzoekRepository verzoeken, Outbox outbox, Clock clock, Beller beller) {
        this.verzoeken = verzoeken;
        this.outbox = outbox;
        this.clock = clock;
        this.beller = beller;
    }

    /**
     * Only the adviser the request is assigned to, an adviser of that adviser's partner, or a beheerder answers; to
     * anyone else the request does not exist (404), so another partner's 24-hour figures cannot be touched.
     */
    @Transactional
    public Contactverzoek beantwoord(UUID id) {
        Contactverzoek v = verzoeken.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(this::magBeantwoorden)
                .orElseThrow(() -> ApiProblem.notFound("Contactverzoek " + id));
        if (v.beantwoord()) {
            throw ApiProblem.conflict("contactverzoek-beantwoord", "Dit contactverzoek is al beantwoord op " + v.beantwoordOp(),
                    Map.of("contactverzoek", "/api/v1/contactverzoeken/" + id));
        }
        ContactverzoekBeantwoord event = v.beantwoord(beller.wie(), clock.instant());
        outbox.append(ContactverzoekBeantwoord.TOPIC, ContactverzoekBeantwoord.TYPE, v.id().toString(), event);
        return v;
    }

    private boolean magBeantwoorden(Contactverzoek v) {
        if (!beller.ziet(v.regio())) {
            return false; // another region's request, also for a beheerder of a region
        }
        if (beller.isBeheerder()) {
            return true;
        }
        return (beller.isAdviseur(v.toegewezenAan())
                || (v.partner() != null && beller.partner().map(v.partner()::equals).orElse(false)));
    }
}
