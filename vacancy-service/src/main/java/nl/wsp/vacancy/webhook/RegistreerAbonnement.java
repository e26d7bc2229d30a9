package nl.wsp.vacancy.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/** A partner registers an HTTP(S) endpoint for vacancy broadcasts and receives the secret its deliveries are signed with. */
@ApplicationScoped
public class RegistreerAbonnement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final CurrentUser user;
    private final Clock clock;

    RegistreerAbonnement(EntityManager em, CurrentUser user, Clock clock) {
        this.em = em;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public WebhookAbonnement registreer(String url, String partnerUitVerzoek) {
        String partner = partner(partnerUitVerzoek);
        WebhookAbonnement abonnement = new WebhookAbonnement();
        abonnement.id = UUID.randomUUID();
        abonnement.partner = partner;
        abonnement.url = geldigeUrl(url);
        abonnement.geheim = geheim();
        abonnement.aangemaaktOp = clock.instant();
        abonnement.actief = true;
        em.persist(abonnement);
        return abonnement;
    }

    /** Stops deliveries: the subscription stays (with its log), pending deliveries are cancelled. */
    @Transactional
    public WebhookAbonnement beeindig(UUID id) {
        WebhookAbonnement abonnement = WebhookToegang.eigen(em, user, id);
        abonnement.actief = false;
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
            return partnerUitVerzoek.strip();
        }
        String eigen = user.partner().orElseThrow(() -> ApiProblem.forbidden("Het token noemt geen partner"));
        if (partnerUitVerzoek != null && !partnerUitVerzoek.strip().equals(eigen)) {
            throw ApiProblem.invalid("partner", "u kunt alleen een abonnement voor uw eigen partner (" + eigen + ") registreren");
        }
        return eigen;
    }

    static String geldigeUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw ApiProblem.invalid("url", "moet met https:// (of http://) beginnen");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw ApiProblem.invalid("url", "mist een host");
            }
            if (uri.getUserInfo() != null) {
                throw ApiProblem.invalid("url", "geen gebruikersnaam of wachtwoord in de URL; het geheim ondertekent");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw ApiProblem.invalid("url", "geen geldige URL");
        }
    }

    private static String geheim() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
