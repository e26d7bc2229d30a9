package nl.wsp.reporting.realisatie;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Realisation comes from events only: placements (matching), vacancies (vacancy), contact moments, contact requests and
 * NPS responses (account). Each event updates the read models once, in the transaction that records it in the inbox.
 * Every first delivery is also fired as a CDI event (synchronous: same thread, same transaction), so read models of other
 * packages (dienstverlening) observe it without this package knowing them and without an inbox of their own.
 */
@ApplicationScoped
public class RealisatieEventsConsumer {

    private static final Logger LOG = Logger.getLogger(RealisatieEventsConsumer.class);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final RealisatieBijwerker bijwerker;
    private final Event<InboundEvent> ontvangen;

    RealisatieEventsConsumer(Inbox inbox, ObjectMapper json, RealisatieBijwerker bijwerker, Event<InboundEvent> ontvangen) {
        this.inbox = inbox;
        this.json = json;
        this.bijwerker = bijwerker;
        this.ontvangen = ontvangen;
    }

    @Incoming("realisatie")
    @Blocking(ordered = true)
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event)) {
            LOG.debugf("event %s already processed", event.id());
            return;
        }
        switch (event.type()) {
            case Gebeurtenissen.PLAATSING_GEREALISEERD ->
                    bijwerker.plaatsingGerealiseerd(event.data(json, Gebeurtenissen.PlaatsingGerealiseerdV1.class));
            case Gebeurtenissen.PLAATSING_BEEINDIGD ->
                    bijwerker.plaatsingBeeindigd(event.data(json, Gebeurtenissen.PlaatsingBeeindigdV1.class));
            case Gebeurtenissen.VACATURE_GEOPEND ->
                    bijwerker.vacatureGeopend(event.data(json, Gebeurtenissen.VacatureGeopendV1.class), event.time());
            case Gebeurtenissen.VACATURE_BREED_UITGEZET ->
                    bijwerker.vacatureBreedUitgezet(event.data(json, Gebeurtenissen.VacatureBreedUitgezetV1.class));
            case Gebeurtenissen.VACATURE_VERVULD ->
                    bijwerker.vacatureVervuld(event.data(json, Gebeurtenissen.VacatureVervuldV1.class));
            case Gebeurtenissen.CONTACTMOMENT_GEREGISTREERD ->
                    bijwerker.contactmoment(event.data(json, Gebeurtenissen.ContactmomentGeregistreerdV1.class));
            case Gebeurtenissen.CONTACTVERZOEK_ONTVANGEN, Gebeurtenissen.CONTACTVERZOEK_BEANTWOORD,
                 Gebeurtenissen.CONTACTVERZOEK_TERMIJN_VERSTREKEN ->
                    bijwerker.contactverzoek(event.type(), event.data(json, Gebeurtenissen.ContactverzoekV1.class));
            case Gebeurtenissen.NPS_RESPONS_GEREGISTREERD ->
                    bijwerker.nps(event.data(json, Gebeurtenissen.NpsResponsGeregistreerdV1.class));
            default -> LOG.debugf("event type %s is not one reporting counts", event.type());
        }
        ontvangen.fire(event);
    }
}
