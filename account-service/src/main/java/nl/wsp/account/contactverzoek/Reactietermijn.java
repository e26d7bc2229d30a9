package nl.wsp.account.contactverzoek;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.metrics.DueTimer;

import java.time.Instant;

/**
 * The 24-hour response timer as the frame's {@code wsp.timers.overdue} sees it: unanswered contact requests past their
 * deadline that {@link BewaakReactietermijn} has not flagged yet.
 */
@ApplicationScoped
class Reactietermijn implements DueTimer {

    private final EntityManager em;

    Reactietermijn(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "reactietermijn";
    }

    @Override
    public long dueAtOrBefore(Instant moment) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM contactverzoek
                        WHERE beantwoord_op IS NULL AND termijn_verstreken_op IS NULL AND reactie_uiterlijk <= ?1""")
                .setParameter(1, moment)
                .getSingleResult()).longValue());
    }
}
