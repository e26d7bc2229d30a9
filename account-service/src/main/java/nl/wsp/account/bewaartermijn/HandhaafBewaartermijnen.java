package nl.wsp.account.bewaartermijn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.time.TimeSource;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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
        int contactmomenten = veeg("""
                UPDATE contactmoment c SET samenvatting = NULL, vervolgafspraak = NULL
                  FROM (SELECT id FROM contactmoment
                         WHERE (samenvatting IS NOT NULL OR vervolgafspraak IS NOT NULL)
                           AND datum < ?1 AND (vervolg_uiterlijk IS NULL OR vervolg_uiterlijk < ?1)
                         LIMIT ?2 FOR UPDATE SKIP LOCKED) t
                 WHERE c.id = t.id RETURNING c.werkgever_id""", contactdag);
        int contactverzoeken = veeg("""
                UPDATE contactverzoek v SET onderwerp = NULL, beantwoord_door = NULL
                  FROM (SELECT id FROM contactverzoek
                         WHERE onderwerp IS NOT NULL AND coalesce(beantwoord_op, ontvangen_op) < ?1
                         LIMIT ?2 FOR UPDATE SKIP LOCKED) t
                 WHERE v.id = t.id RETURNING v.werkgever_id""", grens(termijnen.contactverzoeken()));
        int nps = veeg("""
                UPDATE nps_respons r SET toelichting = NULL
                  FROM (SELECT id FROM nps_respons WHERE toelichting IS NOT NULL AND geregistreerd_op < ?1
                         LIMIT ?2 FOR UPDATE SKIP LOCKED) t
                 WHERE r.id = t.id RETURNING r.werkgever_id""", grens(termijnen.npsToelichtingen()));
        int toewijzingen = veeg("""
                UPDATE accountmanager_toewijzing a SET reden = NULL, toegewezen_door = NULL
                  FROM (SELECT id FROM accountmanager_toewijzing
                         WHERE (reden IS NOT NULL OR toegewezen_door IS NOT NULL) AND toegewezen_op < ?1
                         LIMIT ?2 FOR UPDATE SKIP LOCKED) t
                 WHERE a.id = t.id RETURNING a.werkgever_id""", grens(termijnen.toewijzingen()));
        return new Opgeruimd(contactmomenten, contactverzoeken, nps, toewijzingen);
    }

    /** Runs one sweep batch by batch, each batch a transaction that logs the employers whose data it emptied. */
    private int veeg(String sql, Object grens) {
        int totaal = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> logboek.doorDeDienst(Verwerkingen.BEWAARTERMIJN, () -> {
                @SuppressWarnings("unchecked")
                List<UUID> werkgevers = em.createNativeQuery(sql, UUID.class)
                        .setParameter(1, grens).setParameter(2, PARTIJ).getResultList();
                logboek.registreer(werkgevers, Verwerkingen.WERKGEVER, "tekst-gewist-na-bewaartermijn");
                return werkgevers.size();
            }));
            totaal += n;
        } while (n == PARTIJ);
        return totaal;
    }

    /** The moment before which the period has passed, counted on the Dutch calendar. */
    private OffsetDateTime grens(Period periode) {
        return clock.instant().atZone(TimeSource.ZONE).minus(periode).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private LocalDate grensdag(Period periode) {
        return LocalDate.now(clock.withZone(TimeSource.ZONE)).minus(periode);
    }
}
