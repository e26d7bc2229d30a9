package nl.wsp.account.werkgever;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: give an employer its (next) account manager. One account manager at every moment: the caller names who
 * it replaces; if that is no longer true — including when a concurrent assignment won a moment earlier — it is 409.
 */
@ApplicationScoped
public class WijsAccountmanagerToe {

    private final WerkgeverRepository werkgevers;
    private final AdviseurRepository adviseurs;
    private final Outbox outbox;
    private final Clock clock;
    private final Toegang toegang;

    WijsAccountmanagerToe(WerkgeverRepository werkgevers, AdviseurRepository adviseurs, Outbox outbox, Clock clock, Toegang toegang) {
        this.werkgevers = werkgevers;
        this.adviseurs = adviseurs;
        this.outbox = outbox;
        this.clock = clock;
        this.toegang = toegang;
    }

    @Transactional
    public AccountmanagerToewijzing wijsToe(UUID werkgeverId, UUID nieuwe, UUID verwachteHuidige, String reden) {
        Werkgever w = toegang.zichtbareWerkgever(werkgeverId);
        if (!java.util.Objects.equals(w.accountmanagerId(), verwachteHuidige)) {
            // first: who acted on stale information learns that, whoever they are (advisers may read every employer of the region)
            throw intussenGewijzigd(w.id(), w.accountmanagerId());
        }
        toegang.magAccountBeheren(w);
        Adviseur am = adviseurs.bestaand(nieuwe, "accountmanagerId");
        if (!am.regio().equals(w.regio())) {
            throw ApiProblem.invalid("accountmanagerId", "de adviseur werkt in een andere regio dan de werkgever");
        }
        if (am.id().equals(w.accountmanagerId())) {
            throw ApiProblem.invalid("accountmanagerId", "is al de accountmanager van deze werkgever");
        }
        Werkgever.Toewijzing t;
        try {
            t = w.wijsAccountmanagerToe(am.id(), am.partnerCode(), verwachteHuidige, reden, toegang.wie(),
                    werkgevers.volgendVolgnummer(w.id()), clock.instant());
        } catch (Werkgever.AccountIntussenGewijzigd e) {
            throw intussenGewijzigd(w.id(), e.huidige);
        }
        werkgevers.getEntityManager().persist(t.entry());
        outbox.append(AccountmanagerToegewezen.TOPIC, AccountmanagerToegewezen.TYPE, w.id().toString(), t.event());
        try {
            werkgevers.flush();
        } catch (PersistenceException verloren) {
            // a concurrent assignment committed first: the history number or the employer's version collided
            throw intussenGewijzigd(w.id(), null);
        }
        // one account: the new account manager also takes the employer's unanswered contact requests (deadline unchanged)
        werkgevers.geefOnbeantwoordeContactverzoekenAan(w.id(), am.id(), am.partnerCode());
        return t.entry();
    }

    private static ApiProblem intussenGewijzigd(UUID werkgeverId, UUID huidige) {
        Map<String, Object> ext = new HashMap<>();
        ext.put("werkgever", "/api/v1/werkgevers/" + werkgeverId);
        if (huidige != null) {
            ext.put("huidigeAccountmanagerId", huidige.toString());
        }
        return ApiProblem.conflict("accountmanager-gewijzigd",
                "De accountmanager van deze werkgever is intussen gewijzigd; haal de werkgever opnieuw op", ext);
    }
}
