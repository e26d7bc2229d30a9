package nl.wsp.reporting.wissing;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.Inbox;
import nl.wsp.platform.time.TimeSource;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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

    private final Inbox inbox;
    private final Wissingtellers tellers;

    KandidaatGewistConsumer(Inbox inbox, Wissingtellers tellers) {
        this.inbox = inbox;
        this.tellers = tellers;
    }

    @Incoming("wissingen")
    @Blocking(ordered = true)
    @Transactional
    public void on(String message) {
        inbox.eersteVan(message, KandidaatGewistV1.TYPE, KandidaatGewistV1.class).ifPresent(this::tel);
    }

    private void tel(Inbox.Ontvangen<KandidaatGewistV1> ontvangen) {
        KandidaatGewistV1 gewist = ontvangen.data();
        if (gewist.kandidaatId() == null || gewist.kandidaatId().isBlank()) {
            throw new IllegalArgumentException("field kandidaatId is missing");
        }
        tellers.telWissing(maand(ontvangen.event().time()));
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
