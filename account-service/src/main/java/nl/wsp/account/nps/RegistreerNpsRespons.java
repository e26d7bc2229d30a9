package nl.wsp.account.nps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.account.werkgever.Toegang;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Use case: record an employer's NPS answer for a round (rule 12). One answer per employer per round. */
@ApplicationScoped
public class RegistreerNpsRespons {

    private final AdviseurRepository adviseurs;
    private final NpsResponsRepository responsen;
    private final Outbox outbox;
    private final Clock clock;
    private final Toegang toegang;

    RegistreerNpsRespons(AdviseurRepository adviseurs, NpsResponsRepository responsen, Outbox outbox, Clock clock, Toegang toegang) {
        this.toegang = toegang;
        this.adviseurs = adviseurs;
        this.responsen = responsen;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public NpsRespons registreer(UUID werkgeverId, String meetronde, int score, String toelichting) {
        Werkgever w = toegang.zichtbareWerkgever(werkgeverId, "werkgeverId");
        if (responsen.count("werkgeverId = ?1 and meetronde = ?2", werkgeverId, meetronde) > 0) {
            throw bestaat(werkgeverId, meetronde);
        }
        String partner = w.accountmanagerId() == null ? null
                : adviseurs.findByIdOptional(w.accountmanagerId()).map(Adviseur::partnerCode).orElse(null);
        NpsRespons.Registratie r = NpsRespons.registreer(w.id(), meetronde, score, toelichting, w.accountmanagerId(), partner,
                w.regio(), w.sector(), clock.instant());
        responsen.persist(r.respons());
        outbox.append(NpsResponsGeregistreerd.TOPIC, NpsResponsGeregistreerd.TYPE, r.respons().id().toString(), r.event());
        try {
            responsen.flush();
        } catch (PersistenceException raced) {
            throw bestaat(werkgeverId, meetronde);
        }
        return r.respons();
    }

    private static ApiProblem bestaat(UUID werkgeverId, String meetronde) {
        return ApiProblem.conflict("nps-respons-bestaat", "Deze werkgever heeft in meetronde " + meetronde + " al geantwoord",
                Map.of("werkgever", "/api/v1/werkgevers/" + werkgeverId, "meetronde", meetronde));
    }
}
