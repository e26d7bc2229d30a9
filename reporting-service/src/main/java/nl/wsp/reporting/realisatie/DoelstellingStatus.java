package nl.wsp.reporting.realisatie;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.reporting.doelstelling.Doelstelling;
import nl.wsp.reporting.doelstelling.DoelstellingenGewijzigd;
import nl.wsp.reporting.doelstelling.DoelstellingRepository;
import nl.wsp.platform.outbox.Outbox;

import java.time.Clock;
import java.util.List;

/**
 * A partner's realisation against its placement targets for a year, published through the outbox whenever it changes
 * (a placement of the partner, or a change to its targets) for matching's solidarity rule (domain rule 7). Each target's
 * realised count is {@link DoelstellingVoortgang#gerealiseerd}'s, the one count of the realisation counters.
 */
@ApplicationScoped
public class DoelstellingStatus {

    private final DoelstellingRepository doelstellingen;
    private final DoelstellingVoortgang voortgang;
    private final Outbox outbox;
    private final Clock clock;

    DoelstellingStatus(DoelstellingRepository doelstellingen, DoelstellingVoortgang voortgang, Outbox outbox, Clock clock) {
        this.doelstellingen = doelstellingen;
        this.voortgang = voortgang;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** After a placement: only a partner with a target that year has a status to report. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void werkBijNaPlaatsing(String partner, int jaar) {
        List<Doelstelling> doelen = doelstellingen.voorPartner(partner, jaar);
        if (!doelen.isEmpty()) {
            publiceer(partner, doelen.get(0).regio(), jaar, doelen);
        }
    }

    /** Synchronous, in the transaction that changed the partner's targets. */
    void bij(@Observes DoelstellingenGewijzigd gewijzigd) {
        werkBij(gewijzigd.partner(), gewijzigd.regio(), gewijzigd.jaar());
    }

    /** After a target changed: a partner whose last target went away is reported with target 0. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void werkBij(String partner, String regio, int jaar) {
        publiceer(partner, regio, jaar, doelstellingen.voorPartner(partner, jaar));
    }

    public DoelstellingStatusGewijzigd bereken(String partner, String regio, int jaar, List<Doelstelling> doelen) {
        int doel = 0;
        int gerealiseerd = 0;
        for (Doelstelling d : doelen) {
            doel += d.aantal();
            gerealiseerd += voortgang.gerealiseerd(d);
        }
        int verwacht = Voortgang.verwachtTotNu(doel, jaar, TimeSource.vandaag(clock));
        return new DoelstellingStatusGewijzigd(partner, regio, jaar, doel, gerealiseerd, verwacht, verwacht - gerealiseerd);
    }

    private void publiceer(String partner, String regio, int jaar, List<Doelstelling> doelen) {
        outbox.append(DoelstellingStatusGewijzigd.TOPIC, DoelstellingStatusGewijzigd.TYPE, partner, bereken(partner, regio, jaar, doelen));
    }
}
