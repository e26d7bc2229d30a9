package nl.wsp.account.regiocontact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.account.beller.Beller;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.time.Clock;
import java.util.UUID;

/** Use case: a beheerder names (or replaces) the region's fallback contact person, an adviser working in that region. */
@ApplicationScoped
public class StelRegioContactpersoonIn {

    private final RegioContactpersoonRepository contactpersonen;
    private final AdviseurRepository adviseurs;
    private final Beller beller;
    private final Clock clock;

    StelRegioContactpersoonIn(RegioContactpersoonRepository contactpersonen, AdviseurRepository adviseurs, Beller beller, Clock clock) {
        this.contactpersonen = contactpersonen;
        this.adviseurs = adviseurs;
        this.beller = beller;
        this.clock = clock;
    }

    @Transactional
    public RegioContactpersoon stelIn(String regio, UUID adviseurId, String telefoon) {
        if (!Arbeidsmarktregios.regios().contains(regio)) {
            throw ApiProblem.invalid("regio", "onbekende arbeidsmarktregio");
        }
        Adviseur adviseur = adviseurs.bestaand(adviseurId, "adviseurId");
        if (!adviseur.regio().equals(regio)) {
            throw ApiProblem.invalid("adviseurId", "de adviseur werkt in een andere regio");
        }
        RegioContactpersoon c = contactpersonen.van(regio).orElse(null);
        if (c == null) {
            c = RegioContactpersoon.stelIn(regio, adviseurId, telefoon, beller.wie(), clock.instant());
            contactpersonen.persist(c);
        } else {
            c.wijzig(adviseurId, telefoon, beller.wie(), clock.instant());
        }
        return c;
    }
}
