package nl.wsp.account.bewaartermijn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.wsp.account.contactmoment.Contactmoment;
import nl.wsp.account.contactverzoek.Contactverzoek;
import nl.wsp.account.nps.NpsRespons;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.werkgever.AccountmanagerToewijzing;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.time.TimeSource;
import org.hibernate.jpa.AvailableHints;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Enforces {@link Bewaartermijnen} on the injected clock: the free text about people in contact moments, contact
 * requests, NPS responses and account-manager assignments is emptied once its period has passed; the rows stay, so what
 * reporting and the work list count does not change. Durable (the due moment is each row's own date: a restart or a
 * missed run loses nothing) and safe on several replicas (each sweep takes its rows with {@code SKIP LOCKED}). Each
 * sweep is one transaction and logged as the service's own processing of the employers' data it touched (activity
 * {@code bewaartermijn}).
 */
@ApplicationScoped
public class HandhaafBewaartermijnen {

    private static final Logger LOG = Logger.getLogger(HandhaafBewaartermijnen.class);
    static final int PARTIJ = 1_000;
    /** The lock timeout that Hibernate renders as {@code SKIP LOCKED} on PostgreSQL. */
    private static final int SKIP_LOCKED = -2;

    private final EntityManager em;
    private final Clock clock;
    private final Bewaartermijnen termijnen;
    private final Verwerkingslogboek logboek;

    HandhaafBewaartermijnen(EntityManager em, Clock clock, Bewaartermijnen termijnen, Verwerkingslogboek logboek) {
        this.em = em;
        this.clock = clock;
        this.termijnen = termijnen;
        this.logboek = logboek;
    }

    /** What one run emptied, per kind. */
    public record Opgeruimd(int contactmomenten, int contactverzoeken, int npsToelichtingen, int toewijzingen) {

        boolean iets() {
            return contactmomenten + contactverzoeken + npsToelichtingen + toewijzingen > 0;
        }
    }

    @Scheduled(every = "${wsp.privacy.bewaartermijn.controle:1h}", delayed = "${wsp.privacy.opschonen.vertraging:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void volgensSchema() {
        Opgeruimd o = handhaaf();
        if (o.iets()) {
            LOG.infof("retention: %s", o);
        }
    }

    public Opgeruimd handhaaf() {
        LocalDate contactdag = grensdag(termijnen.contactmomenten());
        int contactmomenten = veeg(Contactmoment.class, """
                (e.samenvatting IS NOT NULL OR e.vervolgafspraak IS NOT NULL) AND e.datum < :grens
                AND (e.vervolgUiterlijk IS NULL OR e.vervolgUiterlijk < :grens)""", contactdag,
                Contactmoment::werkgeverId, Contactmoment::wisVrijeTekst);
        int contactverzoeken = veeg(Contactverzoek.class,
                "e.onderwerp IS NOT NULL AND coalesce(e.beantwoordOp, e.ontvangenOp) < :grens",
                grens(termijnen.contactverzoeken()), Contactverzoek::werkgeverId, Contactverzoek::wisVrijeTekst);
        int nps = veeg(NpsRespons.class, "e.toelichting IS NOT NULL AND e.geregistreerdOp < :grens",
                grens(termijnen.npsToelichtingen()), NpsRespons::werkgeverId, NpsRespons::wisVrijeTekst);
        int toewijzingen = veeg(AccountmanagerToewijzing.class,
                "(e.reden IS NOT NULL OR e.toegewezenDoor IS NOT NULL) AND e.toegewezenOp < :grens",
                grens(termijnen.toewijzingen()), AccountmanagerToewijzing::werkgeverId, AccountmanagerToewijzing::wisVrijeTekst);
        return new Opgeruimd(contactmomenten, contactverzoeken, nps, toewijzingen);
    }

    /**
     * Runs one sweep batch by batch: each batch takes its rows with {@code SKIP LOCKED} (another replica takes others),
     * empties their text and logs the employers it concerned, in one transaction.
     */
    private <E> int veeg(Class<E> soort, String voorwaarde, Object grens, Function<E, UUID> werkgever, Consumer<E> wis) {
        String jpql = "SELECT e FROM " + soort.getSimpleName() + " e WHERE " + voorwaarde;
        int totaal = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> logboek.doorDeDienst(Verwerkingen.BEWAARTERMIJN, () -> {
                List<E> verlopen = em.createQuery(jpql, soort).setParameter("grens", grens)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, SKIP_LOCKED)
                        .setMaxResults(PARTIJ).getResultList();
                verlopen.forEach(wis);
                logboek.registreer(verlopen.stream().map(werkgever).distinct().toList(), Verwerkingen.WERKGEVER,
                        "tekst-gewist-na-bewaartermijn");
                return verlopen.size();
            }));
            totaal += n;
        } while (n == PARTIJ);
        return totaal;
    }

    /** The moment before which the period has passed, counted on the Dutch calendar. */
    private Instant grens(Period periode) {
        return clock.instant().atZone(TimeSource.ZONE).minus(periode).toInstant();
    }

    private LocalDate grensdag(Period periode) {
        return LocalDate.now(clock.withZone(TimeSource.ZONE)).minus(periode);
    }
}
