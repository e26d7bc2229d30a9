package nl.wsp.vacancy.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.vacancy.beller.Beller;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** A partner registers an HTTP(S) endpoint for vacancy broadcasts and receives the secret its deliveries are signed with. */
@ApplicationScoped
public class RegistreerAbonnement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final CurrentUser user;
    private final Beller beller;
    private final Clock clock;
    private final WebhookConfig config;

    RegistreerAbonnement(EntityManager em, CurrentUser user, Beller beller, Clock clock, WebhookConfig config) {
        this.em = em;
        this.user = user;
        this.beller = beller;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public WebhookAbonnement registreer(String url, String partnerUitVerzoek) {
        String partner = partner(partnerUitVerzoek);
        URI uri = WebhookAdres.controleer(url, config.httpToegestaan(), config.lokaleHostsSet());
        WebhookAdres.los(uri, config.lokaleHostsSet(), WebhookAdres.DNS);
        WebhookAbonnement abonnement = new WebhookAbonnement(partner, uri.toString(), Handtekening.nieuwGeheim(RANDOM), clock.instant());
        em.persist(abonnement);
        return abonnement;
    }

    /** Stops deliveries: the subscription stays (with its log), pending deliveries are cancelled. */
    @Transactional
    public WebhookAbonnement beeindig(UUID id) {
        WebhookAbonnement abonnement = WebhookToegang.eigen(em, beller, id);
        abonnement.beeindig();
        em.createQuery("update WebhookAflevering f set f.status = :geannuleerd where f.abonnementId = :id and f.status = :wachtend")
                .setParameter("geannuleerd", WebhookAflevering.GEANNULEERD)
                .setParameter("wachtend", WebhookAflevering.WACHTEND)
                .setParameter("id", id)
                .executeUpdate();
        return abonnement;
    }

    private String partner(String partnerUitVerzoek) {
        if (user.is(CurrentUser.BEHEERDER)) {
            if (partnerUitVerzoek == null || partnerUitVerzoek.isBlank()) {
                throw ApiProblem.invalid("partner", "verplicht voor een beheerder: voor welke partner is dit abonnement");
            }
            String code = partnerUitVerzoek.strip();
            if (WebhookToegang.regioVan(em, code).isEmpty()) {
                throw ApiProblem.invalid("partner", "onbekende partner");
            }
            if (!WebhookToegang.ziet(em, beller, code)) { // a beheerder of one region registers only for its partners
                throw ApiProblem.invalid("partner", "geen partner van uw regio (" + beller.regio().orElse("") + ")");
            }
            return code;
        }
        String eigen = user.partner().orElseThrow(() -> ApiProblem.forbidden("Het token noemt geen partner"));
        if (partnerUitVerzoek != null && !partnerUitVerzoek.strip().equals(eigen)) {
            throw ApiProblem.invalid("partner", "u kunt alleen een abonnement voor uw eigen partner (" + eigen + ") registreren");
        }
        return eigen;
    }
}
