package nl.wsp.account.contactverzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Use case: the employer has been answered. Records when, and whether that was within 24 hours. */
@ApplicationScoped
public class BeantwoordContactverzoek {

    private final ContactverzoekRepository verzoeken;
    private final Outbox outbox;
    private final Clock clock;

    BeantwoordContactverzoek(ContactverzoekRepository verzoeken, Outbox outbox, Clock clock) {
        this.verzoeken = verzoeken;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Contactverzoek beantwoord(UUID id, String door) {
        Contactverzoek v = verzoeken.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("Contactverzoek " + id));
        if (v.beantwoord()) {
            throw ApiProblem.conflict("contactverzoek-beantwoord", "Dit contactverzoek is al beantwoord op " + v.beantwoordOp(),
                    Map.of("contactverzoek", "/api/v1/contactverzoeken/" + id));
        }
        ContactverzoekBeantwoord event = v.beantwoord(door, clock.instant());
        outbox.append(ContactverzoekBeantwoord.TOPIC, ContactverzoekBeantwoord.TYPE, v.id().toString(), event);
        return v;
    }
}
