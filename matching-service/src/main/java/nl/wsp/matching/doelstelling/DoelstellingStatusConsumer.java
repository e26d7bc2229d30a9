package nl.wsp.matching.doelstelling;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How far each partner lags behind its placement target this year (rule 7, the solidarity tie-break). */
@ApplicationScoped
public class DoelstellingStatusConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    DoelstellingStatusConsumer(Inbox inbox, EntityManager em, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Incoming("doelstelling-status")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event) || !DoelstellingStatusV1.TYPE.equals(event.type())) {
            return;
        }
        DoelstellingStatusV1 s = event.data(json, DoelstellingStatusV1.class);
        if (s.partner() == null || s.jaar() == null || s.achterstand() == null) {
            throw new IllegalArgumentException("event " + event.id() + " lacks partner, jaar or achterstand");
        }
        em.createNativeQuery("""
                        INSERT INTO doelstelling_status (partner, jaar, regio, achterstand) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (partner, jaar) DO UPDATE SET regio = EXCLUDED.regio, achterstand = EXCLUDED.achterstand""")
                .setParameter(1, s.partner())
                .setParameter(2, s.jaar())
                .setParameter(3, s.regio())
                .setParameter(4, s.achterstand())
                .executeUpdate();
    }

    /** Per partner code: expected-by-now minus realised placements in the current year (absent: unknown). */
    @SuppressWarnings("unchecked")
    public Map<String, Double> achterstandDitJaar() {
        int jaar = clock.instant().atZone(ZoneOffset.UTC).getYear();
        List<Object[]> rijen = em.createNativeQuery("SELECT partner, achterstand FROM doelstelling_status WHERE jaar = ?1")
                .setParameter(1, jaar).getResultList();
        Map<String, Double> lag = new HashMap<>();
        rijen.forEach(r -> lag.put((String) r[0], ((Number) r[1]).doubleValue()));
        return lag;
    }
}
