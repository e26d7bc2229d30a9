package nl.wsp.account.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.time.Clock;
import java.util.Map;

/** Use case: register a partner organisation, and tell the other services in the same transaction. */
@ApplicationScoped
public class RegistreerPartner {

    private final PartnerRepository partners;
    private final Outbox outbox;
    private final Clock clock;

    RegistreerPartner(PartnerRepository partners, Outbox outbox, Clock clock) {
        this.partners = partners;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Partner registreer(String code, String naam, PartnerSoort soort, String regio) {
        if (!Arbeidsmarktregios.regios().contains(regio)) {
            throw ApiProblem.invalid("regio", "onbekende arbeidsmarktregio; bekend: " + String.join(", ", Arbeidsmarktregios.regios()));
        }
        partners.findByCode(code).ifPresent(existing -> {
            throw ApiProblem.conflict("partner-bestaat", "Partner " + code + " bestaat al",
                    Map.of("bestaandePartner", "/api/v1/partners/" + code));
        });
        Partner.Registration registration = Partner.registreer(code, naam, soort, regio, clock.instant());
        partners.persist(registration.partner());
        outbox.append(PartnerGeregistreerd.TOPIC, PartnerGeregistreerd.TYPE, registration.partner().id().toString(),
                registration.event());
        return registration.partner();
    }
}
