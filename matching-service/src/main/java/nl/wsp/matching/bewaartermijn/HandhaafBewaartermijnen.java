package nl.wsp.matching.bewaartermijn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.matching.kandidaat.KandidaatInzage;
import nl.wsp.platform.time.TimeSource;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Enforces the retention periods of {@link Bewaartermijnen} on the injected clock (docs/adr/0017-erasure-and-retention.md).
 * Durable: it keeps no state of its own, it asks the database what has outlived its period, so a restart or a missed run
 * loses nothing. Safe on several replicas: withdrawn candidates are taken with SKIP LOCKED, and each of the other sweeps
 * runs under a transaction-level advisory lock that a second replica does not wait for. Work goes in batches, each in
 * its own transaction. Nothing here touches what reporting counts: placements and their events stay. Published outbox
 * rows go by the frame's {@code OutboxOpschoning}, as in every service.
 */
@ApplicationScoped
public class HandhaafBewaartermijnen {

    private static final Logger LOG = Logger.getLogger(HandhaafBewaartermijnen.class);
    static final int PARTIJ = 500;
    /** The advisory lock of the sweeps (a key of its own in this database). */
    private static final String SLOT = "bewaartermijnen";

    private final EntityManager em;
    private final Clock clock;
    private final Bewaartermijnen termijnen;
    private final KandidaatInzage kandidaten;
    private final Verwerkingslogboek logboek;

    HandhaafBewaartermijnen(EntityManager em, Clock clock, Bewaartermijnen termijnen, KandidaatInzage kandidaten,
                            Verwerkingslogboek logboek) {
        this.logboek = logboek;
        this.em = em;
        this.clock = clock;
        this.termijnen = termijnen;
        this.kandidaten = kandidaten;
    }

    /** What one run removed, per kind. */
    public record Opgeruimd(int kandidaten, int nazorgnotities, int plaatsingtoelichtingen, int voordrachttoelichtingen,
                            int instrumentinzetten, int inbox) {
    }

    @Scheduled(every = "${wsp.privacy.bewaartermijn.controle:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void volgensSchema() {
        Opgeruimd o = handhaaf();
        if (!o.equals(new Opgeruimd(0, 0, 0, 0, 0, 0))) {
            LOG.infof("retention: %s", o);
        }
    }

    public Opgeruimd handhaaf() {
        int kandidaat = herhaal(() -> QuarkusTransaction.requiringNew().call(this::wisIngetrokkenKandidaten));
        int[] nazorg = QuarkusTransaction.requiringNew().call(this::wisNazorgnotities);
        int voordracht = QuarkusTransaction.requiringNew().call(this::wisVoordrachttoelichtingen);
        int instrument = herhaal(() -> QuarkusTransaction.requiringNew().call(this::verwijderInstrumentbesluiten));
        int inbox = termijnen.inbox().isEmpty() ? 0 : herhaal(() -> QuarkusTransaction.requiringNew().call(this::verwijderInbox));
        return new Opgeruimd(kandidaat, nazorg[0], nazorg[1], voordracht, instrument, inbox);
    }

    private static int herhaal(Supplier<Integer> partij) {
        int totaal = 0;
        int n;
        do {
            n = partij.get();
            totaal += n;
        } while (n == PARTIJ);
        return totaal;
    }

    @SuppressWarnings("unchecked")
    private int wisIngetrokkenKandidaten() {
        List<UUID> verlopen = em.createNativeQuery("""
                        SELECT id FROM kandidaat WHERE status = 'ingetrokken' AND gewijzigd_op < ?1
                         ORDER BY gewijzigd_op LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, grens(termijnen.ingetrokkenKandidaat())).setParameter(2, PARTIJ).getResultList();
        for (UUID id : verlopen) {
            // the erasure is a processing of personal data too: the service logs it as its own (activity bewaartermijn)
            logboek.doorDeDienst("bewaartermijn", () -> kandidaten.wisNaBewaartermijn(id));
        }
        return verlopen.size();
    }

    private int[] wisNazorgnotities() {
        if (!slot()) {
            return new int[] {0, 0};
        }
        LocalDate grens = grensdag(termijnen.nazorgnotities());
        int notities = em.createNativeQuery("""
                        UPDATE nazorgmoment n SET notitie = NULL, versie = n.versie + 1 FROM plaatsing p
                         WHERE n.plaatsing_id = p.id AND n.notitie IS NOT NULL AND p.status = 'beeindigd' AND p.einddatum < ?1""")
                .setParameter(1, grens).executeUpdate();
        int toelichtingen = em.createNativeQuery("""
                        UPDATE plaatsing SET toelichting = NULL, versie = versie + 1
                         WHERE toelichting IS NOT NULL AND status = 'beeindigd' AND einddatum < ?1""")
                .setParameter(1, grens).executeUpdate();
        return new int[] {notities, toelichtingen};
    }

    private int wisVoordrachttoelichtingen() {
        if (!slot()) {
            return 0;
        }
        return em.createNativeQuery("""
                        UPDATE voordracht SET toelichting = NULL, versie = versie + 1
                         WHERE toelichting IS NOT NULL AND coalesce(uitkomst_op, voorgedragen_op) < ?1""")
                .setParameter(1, grens(termijnen.voordrachttoelichting())).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private int verwijderInstrumentbesluiten() {
        if (!slot()) {
            return 0;
        }
        List<UUID> verlopen = em.createNativeQuery("""
                        SELECT id FROM instrument_inzet WHERE status <> 'aangevraagd' AND coalesce(besluit_op, aangevraagd_op) < ?1
                         ORDER BY coalesce(besluit_op, aangevraagd_op) LIMIT ?2""", UUID.class)
                .setParameter(1, grens(termijnen.instrumentbesluiten())).setParameter(2, PARTIJ).getResultList();
        if (verlopen.isEmpty()) {
            return 0;
        }
        // the history is append-only; this transaction says it deletes by retention (migration V170)
        em.createNativeQuery("SELECT set_config('wsp.bewaartermijn', 'verlopen', true)").getSingleResult();
        UUID[] ids = verlopen.toArray(UUID[]::new);
        em.createNativeQuery("DELETE FROM instrument_inzet_historie WHERE inzet_id = ANY (cast(?1 AS uuid[]))").setParameter(1, ids).executeUpdate();
        return em.createNativeQuery("DELETE FROM instrument_inzet WHERE id = ANY (cast(?1 AS uuid[]))").setParameter(1, ids).executeUpdate();
    }

    private int verwijderInbox() {
        if (!slot()) {
            return 0;
        }
        return em.createNativeQuery("""
                        DELETE FROM inbox_event WHERE event_id IN (
                            SELECT event_id FROM inbox_event WHERE received_at < ?1 LIMIT ?2)""")
                .setParameter(1, grens(termijnen.inbox().orElseThrow())).setParameter(2, PARTIJ).executeUpdate();
    }

    /** One replica sweeps at a time; another one skips this round instead of waiting (released at commit). */
    private boolean slot() {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, SLOT).getSingleResult();
    }

    /** The moment before which the period has passed, counted on the Dutch calendar. */
    private OffsetDateTime grens(Period periode) {
        ZonedDateTime nu = ZonedDateTime.now(clock.withZone(TimeSource.ZONE));
        return nu.minus(periode).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private LocalDate grensdag(Period periode) {
        return LocalDate.now(clock.withZone(TimeSource.ZONE)).minus(periode);
    }
}
