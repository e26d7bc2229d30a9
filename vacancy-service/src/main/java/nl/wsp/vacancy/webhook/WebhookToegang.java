package nl.wsp.vacancy.webhook;

import jakarta.persistence.EntityManager;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.vacancy.beller.Beller;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose subscriptions a caller sees: a partner system only its own partner's; a beheerder of one region (claim
 * {@code regio}) those of the partners of that region; the national beheerder all. Others' are 404, as if they did
 * not exist.
 */
final class WebhookToegang {

    private WebhookToegang() {
    }

    static WebhookAbonnement eigen(EntityManager em, Beller beller, UUID id) {
        WebhookAbonnement abonnement = em.find(WebhookAbonnement.class, id);
        if (abonnement == null || !ziet(em, beller, abonnement.partner())) {
            throw ApiProblem.notFound("Webhook-abonnement " + id);
        }
        return abonnement;
    }

    /** Whether the caller sees the subscriptions of {@code partner}. */
    static boolean ziet(EntityManager em, Beller beller, String partner) {
        if (!beller.isBeheerder()) {
            return beller.partner().map(partner::equals).orElse(false);
        }
        return beller.regio().map(r -> r.equals(regioVan(em, partner).orElse(null))).orElse(true);
    }

    static Optional<String> regioVan(EntityManager em, String partner) {
        return em.createQuery("select p.regio from Partner p where p.code = :code", String.class).setParameter("code", partner)
                .getResultStream().findFirst();
    }
}
