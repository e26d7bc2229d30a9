package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Fills a position per placement (topic wsp.matching.plaatsingen). The last position closes the vacancy as vervuld,
 * which also cancels a pending broadcast: the scheduler only fires open vacancies. A placement counts once, even if it
 * arrives twice under different event ids.
 */
@ApplicationScoped
public class PlaatsingEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;
    private final VacatureEvents events;
    private final Clock clock;

    PlaatsingEventsConsumer(Inbox inbox, EntityManager em, ObjectMapper json, VacatureEvents events, Clock clock) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Incoming("plaatsingen")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event) || !PlaatsingGerealiseerdV1.TYPE.equals(event.type())) {
            return;
        }
        vul(event.data(json, PlaatsingGerealiseerdV1.class));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void vul(PlaatsingGerealiseerdV1 plaatsing) {
        if (plaatsing.vacatureId() == null || plaatsing.plaatsingId() == null) {
            return;
        }
        Vacature vacature = em.find(Vacature.class, plaatsing.vacatureId(), LockModeType.PESSIMISTIC_WRITE);
        if (vacature == null) {
            return; // not one of ours (or not yet): nothing to fill
        }
        var nu = clock.instant();
        int nieuw = em.createNativeQuery("""
                        INSERT INTO vacature_plaatsing (plaatsing_id, vacature_id, ontvangen_op) VALUES (?1, ?2, ?3)
                        ON CONFLICT (plaatsing_id) DO NOTHING""")
                .setParameter(1, plaatsing.plaatsingId())
                .setParameter(2, vacature.id)
                .setParameter(3, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC))
                .executeUpdate();
        if (nieuw == 1) {
            vacature.vulPositie(nu, "plaatsing " + plaatsing.plaatsingId()).ifPresent(g -> events.publiceer(vacature, g));
        }
    }
}
