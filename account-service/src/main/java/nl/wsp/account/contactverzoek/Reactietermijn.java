package nl.wsp.account.contactverzoek;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.metrics.DueTimer;

import java.time.Instant;

/**
 * The 24-hour response timer as the frame's {@code wsp.timers.overdue} sees it: unanswered contact requests past their
 * deadline that {@link BewaakReactietermijn} has not flagged yet.
 */
@ApplicationScoped
class Reactietermijn implements DueTimer {

    private final ContactverzoekRepository verzoeken;

    Reactietermijn(ContactverzoekRepository verzoeken) {
        this.verzoeken = verzoeken;
    }

    @Override
    public String name() {
        return "reactietermijn";
    }

    @Override
    public long dueAtOrBefore(Instant moment) {
        return QuarkusTransaction.requiringNew().call(() -> verzoeken.teLaatNietGemarkeerd(moment));
    }
}
