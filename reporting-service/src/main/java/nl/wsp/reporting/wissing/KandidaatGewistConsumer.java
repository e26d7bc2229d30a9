package nl.wsp.reporting.wissing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import nl.wsp.platform.time.TimeSource;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Honours the erasure of a candidate (docs/adr/0017-erasure-and-retention.md). reporting's read models are counts that
 * never held a candidate id (placements are counted by municipality, target group and month), so nothing is deleted and
 * no report changes; what is left is one more erasure in the month's counter, in the transaction that records the event
 * in the inbox, so a second delivery counts nothing. The id itself is not stored, not even here.
 */
@ApplicationScoped
public class KandidaatGewistConsumer {

    private static final Logger LOG = Logger.getLogger(KandidaatGewistConsumer.class);

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;

    KandidaatGewistConsumer(Inbox inbox, EntityManager em, ObjectMapper json) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
    }

    @Incoming("wissingen")
    @Blocking(ordered = true)
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!KandidaatGewistV1.TYPE.equals(event.type())) {
            LOG.debugf("event type %s is not an erasure", event.type());
            return;
        }
        if (!inbox.firstDelivery(event)) {
            LOG.debugf("event %s already processed", event.id());
            return;
        }
        KandidaatGewistV1 gewist = event.data(json, KandidaatGewistV1.class);
        if (gewist.kandidaatId() == null || gewist.kandidaatId().isBlank()) {
            throw new IllegalArgumentException("field kandidaatId is missing");
        }
        em.createNativeQuery("""
                        INSERT INTO wissingen_per_maand AS t (maand, aantal) VALUES (?1, 1)
                        ON CONFLICT (maand) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, maand(event.time()))
                .executeUpdate();
    }

    /** The Dutch calendar month of the CloudEvent time: when the erasure was made. */
    private static LocalDate maand(String tijd) {
        if (tijd == null) {
            throw new IllegalArgumentException("field time is missing");
        }
        try {
            return OffsetDateTime.parse(tijd).atZoneSameInstant(TimeSource.ZONE).toLocalDate().withDayOfMonth(1);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field time is not a date-time: " + tijd);
        }
    }
}
