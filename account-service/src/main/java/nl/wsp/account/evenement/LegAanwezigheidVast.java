package nl.wsp.account.evenement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.werkgever.Toegang;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.time.TimeSource;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: record who came to an employer event, as a whole (a second call replaces the first). Any adviser of the
 * event's region may (the WSP is one team), or a beheerder; the employers are employers of that region. Only an event
 * that took place (its date is today or earlier on the service clock) has an attendance.
 */
@ApplicationScoped
public class LegAanwezigheidVast {

    static final int MAX_KANDIDATEN = 100_000;

    private final EvenementRepository evenementen;
    private final Toegang toegang;
    private final Beller beller;
    private final Outbox outbox;
    private final Clock clock;

    LegAanwezigheidVast(EvenementRepository evenementen, Toegang toegang, Beller beller, Outbox outbox, Clock clock) {
        this.evenementen = evenementen;
        this.toegang = toegang;
        this.beller = beller;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Evenement legVast(UUID evenementId, List<UUID> werkgeverIds, int aantalKandidaten) {
        Evenement e = zichtbaar(evenementId);
        Set<UUID> werkgevers = new LinkedHashSet<>();
        for (int i = 0; i < werkgeverIds.size(); i++) {
            String veld = "werkgeverIds[" + i + "]";
            UUID id = werkgeverIds.get(i);
            if (id == null) {
                throw ApiProblem.invalid(veld, "verplicht");
            }
            Werkgever w = toegang.zichtbareWerkgever(id, veld);
            if (!w.regio().equals(e.regio())) {
                throw ApiProblem.invalid(veld, "een werkgever van een andere regio dan het evenement");
            }
            if (!werkgevers.add(id)) {
                throw ApiProblem.invalid(veld, "werkgever " + id + " staat er al in");
            }
        }
        if (aantalKandidaten < 0 || aantalKandidaten > MAX_KANDIDATEN) {
            throw ApiProblem.invalid("aantalKandidaten", "een geheel getal van 0 tot en met " + MAX_KANDIDATEN);
        }
        AanwezigheidVastgelegd event = e.legAanwezigheidVast(werkgevers, aantalKandidaten, TimeSource.vandaag(clock), clock.instant());
        outbox.append(AanwezigheidVastgelegd.TOPIC, AanwezigheidVastgelegd.TYPE, e.id().toString(), event);
        return e;
    }

    /** The event if the caller may see it (advisers and a regional beheerder: their region's); 404 otherwise. */
    public Evenement zichtbaar(UUID id) {
        return evenementen.findByIdOptional(id).filter(x -> beller.ziet(x.regio()))
                .orElseThrow(() -> ApiProblem.notFound("Evenement " + id));
    }
}
