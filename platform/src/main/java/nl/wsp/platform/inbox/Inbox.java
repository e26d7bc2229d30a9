package nl.wsp.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.tracing.EventTrace;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The idempotent inbox (docs/adr/0001-outbox-and-inbox.md). Kafka delivers at least once; a consumer records
 * the event id in the same transaction as its effect, and the primary key turns a second copy into a no-op.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;
    private final Clock clock;
    private final EventTrace trace;
    private final ObjectMapper json;

    Inbox(EntityManager em, Clock clock, EventTrace trace, ObjectMapper json) {
        this.em = em;
        this.clock = clock;
        this.trace = trace;
        this.json = json;
    }

    /** One event of the type a consumer reads: the envelope and its data as the consumer's own copy of the record. */
    public record Ontvangen<T>(InboundEvent event, T data) {
    }

    /**
     * "Consume one type through the inbox", once for every consumer: parses the CloudEvent, records its id
     * ({@link #firstDelivery}) and answers its data when this is the first delivery of an event of {@code type}; empty
     * for a repeated delivery or another type. The consumer applies the effect in the same transaction:
     * {@code inbox.eersteVan(message, PartnerGeregistreerdV1.TYPE, PartnerGeregistreerdV1.class).ifPresent(this::registreer)}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<Ontvangen<T>> eersteVan(String message, String type, Class<T> data) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!firstDelivery(event) || !type.equals(event.type())) {
            return Optional.empty();
        }
        return Optional.of(new Ontvangen<>(event, event.data(json, data)));
    }

    /**
     * True the first time this event id is seen; false for every later copy. Runs in the caller's transaction; on the
     * first delivery the rest of that transaction continues the event's trace (its {@code traceparent}), so what the
     * consumer appends to its outbox belongs to the same trace.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(InboundEvent event) {
        boolean first = em.createNativeQuery("""
                        INSERT INTO inbox_event (event_id, type, source, received_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.source())
                .setParameter(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate() == 1;
        if (first) {
            trace.continueFrom(event.traceparent(), event.type());
        }
        return first;
    }
}
