package nl.wsp.account.contactverzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.account.regiocontact.RegioContactpersoon;
import nl.wsp.account.regiocontact.RegioContactpersoonRepository;
import nl.wsp.account.sectortafel.Sectortafel;
import nl.wsp.account.sectortafel.SectortafelRepository;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.account.werkgever.Toegang;

import java.time.Clock;
import java.util.UUID;

/**
 * Use case: an employer asks for contact. It goes to the account manager, or — when the employer has none — to the
 * contact adviser of its region's sector desk, and when its sector has no desk, to the region's contact person
 * (source 004: "Werkgevers uit overige sectoren kunnen uiteraard ook terecht bij deze contactpersonen"), so somebody
 * owns its 24 hours. Only a region that named no contact person leaves a request unassigned. The 24-hour deadline is
 * stored in the same transaction.
 */
@ApplicationScoped
public class OntvangContactverzoek {

    private final SectortafelRepository sectortafels;
    private final AdviseurRepository adviseurs;
    private final ContactverzoekRepository verzoeken;
    private final Outbox outbox;
    private final Clock clock;
    private final Toegang toegang;
    private final RegioContactpersoonRepository regiocontacten;

    OntvangContactverzoek(SectortafelRepository sectortafels, AdviseurRepository adviseurs,
                          ContactverzoekRepository verzoeken, Outbox outbox, Clock clock, Toegang toegang,
                          RegioContactpersoonRepository regiocontacten) {
        this.regiocontacten = regiocontacten;
        this.toegang = toegang;
        this.sectortafels = sectortafels;
        this.adviseurs = adviseurs;
        this.verzoeken = verzoeken;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Contactverzoek ontvang(UUID werkgeverId, String onderwerp) {
        Werkgever w = toegang.zichtbareWerkgever(werkgeverId, "werkgeverId");
        Toegewezen aan = toegewezene(w);
        return leg(Contactverzoek.ontvang(w.id(), onderwerp, aan.adviseur(), aan.partner(), w.regio(), clock.instant()));
    }

    /** The same routing and the same 24 hours for a request the employer handed in on the website (docs/adr/0042). */
    Contactverzoek ontvangViaWebsite(Werkgever w, String vraag, Contactverzoek.Afzender afzender) {
        Toegewezen aan = toegewezene(w);
        return leg(Contactverzoek.ontvangViaWebsite(w.id(), vraag, afzender, aan.adviseur(), aan.partner(), w.regio(),
                clock.instant()));
    }

    private Toegewezen toegewezene(Werkgever w) {
        UUID aan = w.accountmanagerId() != null ? w.accountmanagerId()
                : sectortafels.voor(w.regio(), w.sector()).map(Sectortafel::contactAdviseurId)
                .or(() -> regiocontacten.van(w.regio()).map(RegioContactpersoon::adviseurId)).orElse(null);
        String partner = aan == null ? null : adviseurs.findByIdOptional(aan).map(Adviseur::partnerCode).orElse(null);
        return new Toegewezen(aan, partner);
    }

    private Contactverzoek leg(Contactverzoek.Ontvangst o) {
        verzoeken.persist(o.verzoek());
        outbox.append(ContactverzoekOntvangen.TOPIC, ContactverzoekOntvangen.TYPE, o.verzoek().id().toString(), o.event());
        return o.verzoek();
    }

    private record Toegewezen(UUID adviseur, String partner) {
    }
}
