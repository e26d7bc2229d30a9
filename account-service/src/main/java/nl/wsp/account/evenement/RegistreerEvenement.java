package nl.wsp.account.evenement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.partner.Partner;
import nl.wsp.account.partner.PartnerRepository;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.time.TimeSource;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Use case: register an employer event. An adviser organises in their own partner's name (the event is of that
 * partner's region); a beheerder names the organising partner, one of their own region when their token names one. An
 * event of level {@code branche} names its sector (source 000: information "toepasbaar bij de aanwezige bedrijven").
 */
@ApplicationScoped
public class RegistreerEvenement {

    /** Dates an event may have: nothing before the WSP's records begin, plans up to two years ahead. */
    static final LocalDate VROEGST = LocalDate.of(2000, 1, 1);
    static final int VOORUIT_JAREN = 2;

    private final EvenementRepository evenementen;
    private final PartnerRepository partners;
    private final Beller beller;
    private final Outbox outbox;
    private final Clock clock;

    RegistreerEvenement(EvenementRepository evenementen, PartnerRepository partners, Beller beller, Outbox outbox, Clock clock) {
        this.evenementen = evenementen;
        this.partners = partners;
        this.beller = beller;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Evenement registreer(String naam, EvenementSoort soort, EvenementNiveau niveau, LocalDate datum,
                                String organisator, String sector) {
        String code;
        if (beller.isBeheerder()) {
            if (organisator == null) {
                throw ApiProblem.invalid("organisator", "verplicht voor een beheerder: de partner die het evenement organiseert");
            }
            code = organisator;
        } else {
            code = beller.partner().orElseThrow(() -> ApiProblem.forbidden("Het token noemt geen partner"));
            if (organisator != null && !organisator.equals(code)) {
                throw ApiProblem.invalid("organisator", "een adviseur organiseert namens de eigen partner (" + code + ")");
            }
        }
        Partner partner = partners.findByCode(code).filter(p -> beller.ziet(p.regio()))
                .orElseThrow(() -> ApiProblem.invalid("organisator", "onbekende partner"));
        if (!partner.actief()) {
            throw ApiProblem.invalid("organisator", "de partner is niet actief in zijn regio");
        }
        if (niveau == EvenementNiveau.BRANCHE && sector == null) {
            throw ApiProblem.invalid("sector", "verplicht bij niveau branche");
        }
        LocalDate vandaag = TimeSource.vandaag(clock);
        if (datum.isBefore(VROEGST)) {
            throw ApiProblem.invalid("datum", "ligt vóór " + VROEGST);
        }
        if (datum.isAfter(vandaag.plusYears(VOORUIT_JAREN))) {
            throw ApiProblem.invalid("datum", "ligt meer dan " + VOORUIT_JAREN + " jaar in de toekomst");
        }
        Evenement.Registratie r = Evenement.registreer(naam, soort, niveau, datum, partner.code(), partner.regio(), sector,
                beller.wie(), clock.instant());
        evenementen.persist(r.evenement());
        outbox.append(EvenementGeregistreerd.TOPIC, EvenementGeregistreerd.TYPE, r.evenement().id().toString(), r.event());
        return r.evenement();
    }
}
