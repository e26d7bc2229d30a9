package nl.wsp.account.sroi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.partner.Partner;
import nl.wsp.account.partner.PartnerRepository;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Use case: record a social return obligation of an employer (docs/adr/0032). Any adviser of the employer's region or a
 * beheerder (source 001's social return officer works for the municipalities' procurement departments, not as one
 * employer's account manager); the contracting partner ({@code opdrachtgever}) is an active partner of the employer's
 * region — whose procurement it is. The obligation and its event commit in one transaction (the outbox).
 */
@ApplicationScoped
public class LegSroiVerplichtingVast {

    private final SroiVerplichtingRepository verplichtingen;
    private final PartnerRepository partners;
    private final Beller beller;
    private final Outbox outbox;
    private final Clock clock;

    LegSroiVerplichtingVast(SroiVerplichtingRepository verplichtingen, PartnerRepository partners, Beller beller, Outbox outbox, Clock clock) {
        this.verplichtingen = verplichtingen;
        this.partners = partners;
        this.beller = beller;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SroiVerplichting legVast(Werkgever werkgever, String aanbesteding, String opdrachtgever, BigDecimal bedrag,
                                    LocalDate van, LocalDate tot) {
        String a = SroiRegels.aanbesteding(aanbesteding);
        Partner partner = partners.findByCode(opdrachtgever).filter(p -> p.regio().equals(werkgever.regio()))
                .orElseThrow(() -> ApiProblem.invalid("opdrachtgever", "onbekende partner van de regio van de werkgever"));
        if (!partner.actief()) {
            throw ApiProblem.invalid("opdrachtgever", "de partner is niet actief in zijn regio");
        }
        BigDecimal b = SroiRegels.bedrag(bedrag);
        SroiRegels.periode(van, tot);
        SroiVerplichting v = SroiVerplichting.legVast(werkgever.id(), werkgever.regio(), a, partner.code(), b, van, tot,
                beller.wie(), clock.instant());
        verplichtingen.persist(v);
        outbox.append(SroiVerplichtingGegevens.TOPIC, SroiVerplichtingGegevens.VASTGELEGD, v.id().toString(), v.gegevens());
        return v;
    }
}
