package nl.wsp.account.werkgever;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;

import java.util.UUID;

/** Use case: correct an employer's facts (the KvK number never changes). Its account manager or a beheerder does this. */
@ApplicationScoped
public class WijzigWerkgever {

    private final WerkgeverRepository werkgevers;
    private final Outbox outbox;
    private final Toegang toegang;

    WijzigWerkgever(WerkgeverRepository werkgevers, Outbox outbox, Toegang toegang) {
        this.werkgevers = werkgevers;
        this.outbox = outbox;
        this.toegang = toegang;
    }

    @Transactional
    public Werkgever wijzig(UUID id, RegistreerWerkgever.Invoer invoer) {
        Werkgever w = toegang.zichtbareWerkgever(id);
        toegang.magAccountBeheren(w);
        WerkgeverGewijzigd event = w.wijzig(invoer.gegevens());
        outbox.append(WerkgeverGewijzigd.TOPIC, WerkgeverGewijzigd.TYPE, w.id().toString(), event);
        return w;
    }
}
