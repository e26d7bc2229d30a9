package nl.wsp.matching.bewaartermijn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.instrument.InstrumentInzet;
import nl.wsp.matching.kandidaat.KandidaatInzage;
import nl.wsp.matching.plaatsing.Plaatsing;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.time.TimeSource;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Enforces the retention periods of {@link Bewaartermijnen} on the injected clock (docs/adr/0017-erasure-and-retention.md).
 * Durable: it keeps no state of its own, it asks the database what has outlived its period, so a restart or a missed run
 * loses nothing. Safe on several replicas: withdrawn candidates are taken with SKIP LOCKED, and each of the other sweeps
 * runs under a transaction-level advisory lock that a second replica does not wait for ({@link Veegwerk}, the SQL that
 * JPQL has no form for). Work goes in batches, each in its own transaction; the sweeps themselves are JPQL bulk updates
 * and deletes. Nothing here touches what reporting counts: placements and their events stay. Published outbox
 * rows go by the frame's {@code OutboxOpschoning}, as in every service.
 */
@ApplicationScoped
public class HandhaafBewaartermijnen {

    private static final Logger LOG = Logger.getLogger(HandhaafBewaartermijnen.class);
    static final int PARTIJ = 500;

    private final EntityManager em;
    private final Veegwerk veegwerk;
    private final Clock clock;
    private final Bewaartermijnen termijnen;
    private final KandidaatInzage kandidaten;
    private final Verwerkingslogboek logboek;

    HandhaafBewaartermijnen(EntityManager em, Veegwerk veegwerk, Clock clock, Bewaartermijnen termijnen,
                            KandidaatInzage kandidaten, Verwerkingslogboek logboek) {
        this.logboek = logboek;
        this.em = em;
        this.veegwerk = veegwerk;
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

    private int wisIngetrokkenKandidaten() {
        List<UUID> verlopen = veegwerk.ingetrokkenKandidaten(grens(termijnen.ingetrokkenKandidaat()), PARTIJ);
        for (UUID id : verlopen) {
            // the erasure is a processing of personal data too: the service logs it as its own (activity bewaartermijn)
            logboek.doorDeDienst("bewaartermijn", () -> kandidaten.wisNaBewaartermijn(id));
        }
        return verlopen.size();
    }

    private int[] wisNazorgnotities() {
        if (!veegwerk.neemSlot()) {
            return new int[] {0, 0};
        }
        LocalDate grens = grensdag(termijnen.nazorgnotities());
        int notities = em.createQuery("""
                        update Nazorgmoment n set n.notitie = null, n.versie = n.versie + 1
                         where n.notitie is not null and n.plaatsingId in (
                            select p.id from Plaatsing p where p.status = :beeindigd and p.einddatum < :grens)""")
                .setParameter("beeindigd", Plaatsing.Status.BEEINDIGD).setParameter("grens", grens).executeUpdate();
        int toelichtingen = em.createQuery("""
                        update Plaatsing p set p.toelichting = null, p.versie = p.versie + 1
                         where p.toelichting is not null and p.status = :beeindigd and p.einddatum < :grens""")
                .setParameter("beeindigd", Plaatsing.Status.BEEINDIGD).setParameter("grens", grens).executeUpdate();
        return new int[] {notities, toelichtingen};
    }

    private int wisVoordrachttoelichtingen() {
        if (!veegwerk.neemSlot()) {
            return 0;
        }
        return em.createQuery("""
                        update Voordracht v set v.toelichting = null, v.versie = v.versie + 1
                         where v.toelichting is not null and coalesce(v.uitkomstOp, v.voorgedragenOp) < :grens""")
                .setParameter("grens", grens(termijnen.voordrachttoelichting())).executeUpdate();
    }

    private int verwijderInstrumentbesluiten() {
        if (!veegwerk.neemSlot()) {
            return 0;
        }
        List<UUID> verlopen = em.createQuery("""
                        select i.id from InstrumentInzet i where i.status <> :aangevraagd and coalesce(i.besluitOp, i.aangevraagdOp) < :grens
                         order by coalesce(i.besluitOp, i.aangevraagdOp)""", UUID.class)
                .setParameter("aangevraagd", InstrumentInzet.Status.AANGEVRAAGD)
                .setParameter("grens", grens(termijnen.instrumentbesluiten())).setMaxResults(PARTIJ).getResultList();
        if (verlopen.isEmpty()) {
            return 0;
        }
        // the history is append-only; this transaction says it deletes by retention (migration V170)
        veegwerk.staVerwijderingNaBewaartermijnToe();
        em.createQuery("delete from InzetStap s where s.inzetId in :ids").setParameter("ids", verlopen).executeUpdate();
        return em.createQuery("delete from InstrumentInzet i where i.id in :ids").setParameter("ids", verlopen).executeUpdate();
    }

    private int verwijderInbox() {
        if (!veegwerk.neemSlot()) {
            return 0;
        }
        return veegwerk.verwijderInbox(grens(termijnen.inbox().orElseThrow()), PARTIJ);
    }

    /** The moment before which the period has passed, counted on the Dutch calendar. */
    private Instant grens(Period periode) {
        return clock.instant().atZone(TimeSource.ZONE).minus(periode).toInstant();
    }

    private LocalDate grensdag(Period periode) {
        return LocalDate.now(clock.withZone(TimeSource.ZONE)).minus(periode);
    }
}
