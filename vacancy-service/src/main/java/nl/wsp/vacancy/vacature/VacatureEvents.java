package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
 * (internal Kafka topic {@value #TOPIC}), the change-feed row and, for what partners may see — the broadcast and what
 * later happens to a broadcast vacancy ({@link Vacature#voorPartners}) — a second CloudEvent on the partner topic
 * {@value #PARTNER_TOPIC} and one webhook delivery of it per active subscription of a partner of the vacancy's region.
 * Either all of it commits with the state change or none of it does; nothing of a vacancy in its own-caseload window
 * ever reaches the partner topic or a webhook.
 * <p>
 * Native SQL (one of vacancy-service's named SQL classes, docs/adr/0026-one-persistence-style.md): the change-feed rows
 * and the webhook deliveries are copied from the outbox rows by one {@code INSERT … SELECT} per batch, under an
 * advisory lock. docs/performance.md, "10,000 own-caseload windows closing at one instant" ({@code BreedUitzettenBenchmark},
 * five writes per vacancy; the database transaction is the limit) and "from a deadline to the partner"
 * ({@code BreedUitzetLatentieBenchmark}) measure this path; entity by entity it would be a round trip per row.
 */
@ApplicationScoped
public class VacatureEvents {

    public static final String TOPIC = "wsp.vacancy.vacatures";
    public static final String PARTNER_TOPIC = "wsp.vacancy.partner-vacatures";
    /** Advisory lock key ("wijzig"): change-feed writers commit in position order, so a cursor never skips a row. */
    private static final long FEED_LOCK = 0x77696a7a6967L;

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<PartnerAfleveringenVastgelegd> afleveringen;

    VacatureEvents(EntityManager em, Outbox outbox, Clock clock, Event<PartnerAfleveringenVastgelegd> afleveringen) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.afleveringen = afleveringen;
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
        List<String> partnerIds = new ArrayList<>();
        for (Uitgaand u : uitgaand) {
            eventIds.add(outbox.append(TOPIC, u.gebeurtenis().type(), u.vacature().id().toString(), u.gebeurtenis().data()).toString());
        }
        for (Uitgaand u : uitgaand) {
            if (u.vacature().voorPartners(u.gebeurtenis().type())) {
                partnerIds.add(outbox.append(PARTNER_TOPIC, u.gebeurtenis().type(), u.vacature().id().toString(),
                        u.gebeurtenis().data()).toString());
            }
        }
        em.flush();
        String[] ids = eventIds.toArray(String[]::new);
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l").setParameter(1, FEED_LOCK).getSingleResult();
        em.createNativeQuery("""
                        INSERT INTO vacature_wijziging (vacature_id, event_id, type, op, cloudevent)
                        SELECT aggregate_id::uuid, id, type, occurred_at, payload FROM outbox_event
                        WHERE id = ANY (CAST(?1 AS uuid[])) ORDER BY position""")
                .setParameter(1, ids).executeUpdate();
        if (partnerIds.isEmpty()) {
            return;
        }
        int geschreven = em.createNativeQuery("""
                        INSERT INTO webhook_aflevering (id, abonnement_id, vacature_id, event_id, event_type, payload, status,
                                                        pogingen, volgende_poging, aangemaakt_op)
                        SELECT gen_random_uuid(), a.id, o.aggregate_id::uuid, o.id, o.type, o.payload, 'wachtend', 0, ?2, ?2
                        FROM outbox_event o
                        JOIN vacature v ON v.id = o.aggregate_id::uuid
                        JOIN partner p ON p.regio = v.regio AND p.actief
                        JOIN webhook_abonnement a ON a.partner = p.code AND a.actief
                        WHERE o.id = ANY (CAST(?1 AS uuid[]))""")
                .setParameter(1, partnerIds.toArray(String[]::new))
                .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        if (geschreven > 0) {
            afleveringen.fire(new PartnerAfleveringenVastgelegd(geschreven)); // the sender wakes once this commits
        }
    }
}
