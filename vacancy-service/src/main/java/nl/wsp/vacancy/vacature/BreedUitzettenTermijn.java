package nl.wsp.vacancy.vacature;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.metrics.DueTimer;

import java.time.Instant;

/** The broadcast timer as the frame's {@code wsp.timers.overdue} sees it: open vacancies whose window closed. */
@ApplicationScoped
class BreedUitzettenTermijn implements DueTimer {

    private final EntityManager em;

    BreedUitzettenTermijn(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "breed-uitzetten";
    }

    @Override
    public long dueAtOrBefore(Instant moment) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM vacature WHERE status = 'open' AND eigen_bestand_tot <= ?1")
                .setParameter(1, moment)
                .getSingleResult()).longValue());
    }
}
