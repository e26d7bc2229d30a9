package nl.wsp.account.contactmoment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.account.werkgever.Toegang;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.referentie.Diensten;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: record a contact moment. Any adviser of any partner may; an adviser records in their own partner's name.
 * The contact is kept whoever made it, and the account manager is notified when another partner made it (rule 1).
 */
@ApplicationScoped
public class RegistreerContactmoment {

    /** Dates a contact may have: nothing before the WSP's records begin, follow-ups within a few years. */
    static final LocalDate VROEGST = LocalDate.of(2000, 1, 1);
    static final int VERVOLG_JAREN = 5;

    private final AdviseurRepository adviseurs;
    private final ContactmomentRepository contactmomenten;
    private final Outbox outbox;
    private final Clock clock;
    private final Toegang toegang;

    RegistreerContactmoment(AdviseurRepository adviseurs, ContactmomentRepository contactmomenten,
                            Outbox outbox, Clock clock, Toegang toegang) {
        this.adviseurs = adviseurs;
        this.contactmomenten = contactmomenten;
        this.outbox = outbox;
        this.clock = clock;
        this.toegang = toegang;
    }

    @Transactional
    public Contactmoment registreer(UUID werkgeverId, UUID adviseurId, ContactSoort soort, LocalDate datum, String samenvatting,
                                    String vervolgafspraak, LocalDate vervolgUiterlijk, List<String> diensten) {
        Werkgever w = toegang.zichtbareWerkgever(werkgeverId);
        List<String> geleverd = diensten == null ? List.of() : diensten;
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < geleverd.size(); i++) {
            String code = geleverd.get(i);
            if (code == null || Diensten.dienst(code).isEmpty()) {
                throw ApiProblem.invalid("diensten[" + i + "]", "onbekende dienst; toegestaan: " + String.join(", ", Diensten.codes()));
            }
            if (!gezien.add(code)) {
                throw ApiProblem.invalid("diensten[" + i + "]", "dienst " + code + " staat er al in");
            }
        }
        Adviseur adviseur = adviseurs.bestaand(adviseurId, "adviseurId");
        if (!adviseur.regio().equals(w.regio())) {
            throw ApiProblem.invalid("adviseurId", "de adviseur werkt in een andere regio dan de werkgever");
        }
        if (!toegang.isBeheerder() && !toegang.partner().map(adviseur.partnerCode()::equals).orElse(false)) {
            throw ApiProblem.forbidden("Een adviseur registreert contact namens een adviseur van de eigen partner");
        }
        LocalDate vandaag = TimeSource.vandaag(clock);
        if (datum.isAfter(vandaag)) {
            throw ApiProblem.invalid("datum", "ligt in de toekomst");
        }
        if (datum.isBefore(VROEGST)) {
            throw ApiProblem.invalid("datum", "ligt vóór " + VROEGST);
        }
        if (vervolgUiterlijk != null && vervolgUiterlijk.isAfter(datum.plusYears(VERVOLG_JAREN))) {
            throw ApiProblem.invalid("vervolgUiterlijk", "ligt meer dan " + VERVOLG_JAREN + " jaar na de datum van het contact");
        }
        if ((vervolgafspraak == null) != (vervolgUiterlijk == null)) {
            throw ApiProblem.invalid(vervolgafspraak == null ? "vervolgafspraak" : "vervolgUiterlijk",
                    "een vervolgafspraak heeft een omschrijving en een uiterste datum");
        }
        if (vervolgUiterlijk != null && vervolgUiterlijk.isBefore(datum)) {
            throw ApiProblem.invalid("vervolgUiterlijk", "ligt vóór de datum van het contact");
        }
        String amPartner = w.accountmanagerId() == null ? null
                : adviseurs.findByIdOptional(w.accountmanagerId()).map(Adviseur::partnerCode).orElse(null);
        Contactmoment.Registratie r = Contactmoment.registreer(w, adviseur, amPartner, soort, datum, samenvatting,
                vervolgafspraak, vervolgUiterlijk, geleverd, Diensten.versie(), clock.instant());
        contactmomenten.persist(r.contactmoment());
        outbox.append(ContactmomentGeregistreerd.TOPIC, ContactmomentGeregistreerd.TYPE, w.id().toString(), r.event());
        return r.contactmoment();
    }
}
