package nl.wsp.matching.doelstelling;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;


/**
 * Keeps how far each partner lags behind its placement target (rule 7, the solidarity tie-break of prioriteit-v1), and
 * every placement target's progress (prioriteit-v2, ADR 0027), from {@code wsp.reporting.doelstelling-status}; matching
 * reads them through {@link Doelstellingsachterstand}.
 */
@ApplicationScoped
public class DoelstellingStatusConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;

    DoelstellingStatusConsumer(Inbox inbox, EntityManager em, ObjectMapper json) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
    }

    @Incoming("doelstelling-status")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (DoelstellingVoortgangGewijzigdV1.TYPE.equals(event.type())) {
            voortgang(event.id(), event.data(json, DoelstellingVoortgangGewijzigdV1.class));
            return;
        }
        if (!DoelstellingStatusGewijzigdV1.TYPE.equals(event.type())) {
            return;
        }
        DoelstellingStatusGewijzigdV1 s = event.data(json, DoelstellingStatusGewijzigdV1.class);
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

    /** The latest progress per target (events are keyed by the target, so they arrive in order); a removed one is forgotten. */
    private void voortgang(String eventId, DoelstellingVoortgangGewijzigdV1 v) {
        if (v.doelstellingId() == null || v.jaar() == null || v.doelgroep() == null || v.doel() == null || v.gerealiseerd() == null) {
            throw new IllegalArgumentException("event " + eventId + " lacks doelstellingId, jaar, doelgroep, doel or gerealiseerd");
        }
        if (Boolean.TRUE.equals(v.vervallen())) {
            em.createNativeQuery("DELETE FROM doelstelling_voortgang WHERE doelstelling_id = ?1").setParameter(1, v.doelstellingId())
                    .executeUpdate();
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO doelstelling_voortgang (doelstelling_id, regio, van_jaar, tot_jaar, doelgroep, partners, gemeenten,
                                                            doel, gerealiseerd)
                        VALUES (?1, ?2, ?3, ?4, ?5, string_to_array(?6, '|'), string_to_array(?7, '|'), ?8, ?9)
                        ON CONFLICT (doelstelling_id) DO UPDATE SET regio = EXCLUDED.regio, van_jaar = EXCLUDED.van_jaar,
                            tot_jaar = EXCLUDED.tot_jaar, doelgroep = EXCLUDED.doelgroep, partners = EXCLUDED.partners,
                            gemeenten = EXCLUDED.gemeenten, doel = EXCLUDED.doel, gerealiseerd = EXCLUDED.gerealiseerd""")
                .setParameter(1, v.doelstellingId())
                .setParameter(2, v.regio() == null ? "" : v.regio())
                .setParameter(3, v.jaar())
                .setParameter(4, v.totJaar() == null ? v.jaar() : v.totJaar())
                .setParameter(5, v.doelgroep())
                .setParameter(6, String.join("|", v.partners() == null ? java.util.List.of() : v.partners()))
                .setParameter(7, String.join("|", v.gemeenten() == null ? java.util.List.of() : v.gemeenten()))
                .setParameter(8, v.doel())
                .setParameter(9, v.gerealiseerd())
                .executeUpdate();
    }
}
