package nl.wsp.vacancy.webhook;

import jakarta.persistence.EntityManager;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;

import java.util.UUID;

/** A partner system sees only its own partner's subscriptions; a beheerder sees all. Others' are 404. */
final class WebhookToegang {

    private WebhookToegang() {
    }

    static WebhookAbonnement eigen(EntityManager em, CurrentUser user, UUID id) {
        WebhookAbonnement abonnement = em.find(WebhookAbonnement.class, id);
        if (abonnement == null || !(user.is(CurrentUser.BEHEERDER) || user.partner().map(abonnement.partner::equals).orElse(false))) {
            throw ApiProblem.notFound("Webhook-abonnement " + id);
        }
        return abonnement;
    }
}
