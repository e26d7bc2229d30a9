package nl.wsp.account.adviseur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.account.partner.Partner;
import nl.wsp.account.partner.PartnerRepository;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.Map;

/** Use case: register an adviser of a partner organisation; the adviser works in that partner's region. */
@ApplicationScoped
public class RegistreerAdviseur {

    private final AdviseurRepository adviseurs;
    private final PartnerRepository partners;
    private final Outbox outbox;
    private final Clock clock;

    RegistreerAdviseur(AdviseurRepository adviseurs, PartnerRepository partners, Outbox outbox, Clock clock) {
        this.adviseurs = adviseurs;
        this.partners = partners;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param zichtbaar whether the caller works for a region (a beheerder of one region registers only its advisers) */
    @Transactional
    public Adviseur registreer(String partnerCode, String gebruikersnaam, String naam, java.util.function.Predicate<String> zichtbaar) {
        Partner partner = partners.findByCode(partnerCode).filter(p -> zichtbaar.test(p.regio()))
                .orElseThrow(() -> ApiProblem.invalid("partner", "onbekende partner"));
        if (!partner.actief()) {
            throw ApiProblem.invalid("partner", "deze partner is niet actief in zijn regio");
        }
        adviseurs.metGebruikersnaam(gebruikersnaam).ifPresent(bestaand -> {
            throw ApiProblem.conflict("adviseur-bestaat", "Er is al een adviseur met gebruikersnaam " + gebruikersnaam,
                    Map.of("bestaandeAdviseur", "/api/v1/adviseurs/" + bestaand.id()));
        });
        Adviseur.Registratie r = Adviseur.registreer(partner.code(), partner.regio(), gebruikersnaam, naam, clock.instant());
        adviseurs.persist(r.adviseur());
        outbox.append(AdviseurGeregistreerd.TOPIC, AdviseurGeregistreerd.TYPE, r.adviseur().id().toString(), r.event());
        return r.adviseur();
    }
}
