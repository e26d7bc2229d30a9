package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what happened to vacancies, inside the caller's transaction: the transition row, the CloudEvent in the outbox
 * (Kafka topic {@value #TOPIC}), the change-feed row and, for a broadcast, one webhook delivery per active subscription.
 * Either all of it commits with the state change or none of it does.
 */
@ApplicationScoped
public class VacatureEvents {

    public static final String TOPIC = "wsp.vacancy.vacatures";
    /** Advisory lock key ("wijzig"): change-feed writers commit in position order, so a cursor never skips a row. */
    private static final long FEED_LOCK = 0x77696a7a6967L;

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;

    VacatureEvents(EntityManager em, Outbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Uitgaand(Vacature vacature, Gebeurtenis gebeurtenis) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publiceer(Vacature vacature, Gebeurtenis gebeurtenis) {
        publiceer(List.of(new Uitgaand(vacature, gebeurtenis)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publiceer(List<Uitgaand> uitgaand) {
        if (uitgaand.isEmpty()) {
            return;
        }
        List<String> eventIds = new ArrayList<>(uitgaand.size());
        // transitions first, then events: statements of one kind in a row make full JDBC batches
        for (Uitgaand u : uitgaand) {
            u.gebeurtenis().overgang().ifPresent(em::persist);
        }
        for (Uitgaand u : uitgaand) {
            eventIds.add(outbox.append(TOPIC, u.gebeurtenis().type(), u.vacature().id.toString(), u.gebeurtenis().data()).toString());
        }
        em.flush();
        String[] ids = eventIds.toArray(String[]::new);
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l").setParameter(1, FEED_LOCK).getSingleResult();
        em.createNativeQuery("""
                        INSERT INTO vacature_wijziging (vacature_id, event_id, type, op, cloudevent)
                        SELECT aggregate_id::uuid, id, type, occurred_at, payload FROM outbox_event
                        WHERE id = ANY (CAST(?1 AS uuid[])) ORDER BY position""")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO webhook_aflevering (id, abonnement_id, vacature_id, event_id, event_type, payload, status,
                                                        pogingen, volgende_poging, aangemaakt_op)
                        SELECT gen_random_uuid(), a.id, o.aggregate_id::uuid, o.id, o.type, o.payload, 'wachtend', 0, ?2, ?2
                        FROM outbox_event o CROSS JOIN webhook_abonnement a
                        WHERE a.actief AND o.id = ANY (CAST(?1 AS uuid[])) AND o.type = ?3""")
                .setParameter(1, ids)
                .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(3, VacatureBreedUitgezet.TYPE)
                .executeUpdate();
    }
}
