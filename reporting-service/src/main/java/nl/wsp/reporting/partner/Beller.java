package nl.wsp.reporting.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.bekenden.Adviseurs;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;

import java.util.Optional;

/**
 * Who calls, as docs/api.md's authorisation table reads it, resolved once per request by the frame's
 * {@link nl.wsp.platform.security.BellerFilter}: a token that names a partner (an adviser's or partner system's) must name
 * one this service knows from account-service's partner events and that is active in its region (partners.gedeactiveerd
 * and …geactiveerd), else 403 on every operation, as in the other services.
 * A beheerder whose token names a region (claim {@code regio}) sets targets for that region only; without it the
 * beheerder is the national one. Dashboards read every region's aggregates.
 * <p>An adviser's token must also be an adviser's, exactly as in account, vacancy and matching: its {@code sub} an
 * adviser of the token's partner, as the frame's {@link Adviseurs} knows them from account-service's adviser events
 * (id and partner only; reporting counts no advisers and an adviser may only list partners), else 403.
 */
@RequestScoped
public class Beller implements nl.wsp.platform.security.Beller {

    private final CurrentUser user;
    private final EntityManager em;
    private final Adviseurs adviseurs;
    private boolean bepaald;

    Beller(CurrentUser user, EntityManager em, Adviseurs adviseurs) {
        this.user = user;
        this.em = em;
        this.adviseurs = adviseurs;
    }

    @Override
    public void bepaal() {
        if (bepaald) {
            return;
        }
        if (user.is(CurrentUser.ADVISEUR) || user.is(CurrentUser.PARTNERSYSTEEM)) {
            String code = user.partner().filter(p -> !p.isBlank())
                    .orElseThrow(() -> ApiProblem.forbidden("Het token noemt geen partner"));
            if (em.createQuery("select count(p) from PartnerRegio p where p.code = :code and p.actief", Long.class)
                    .setParameter("code", code).getSingleResult() == 0) {
                throw ApiProblem.forbidden("De partner van het token is bij het WSP niet bekend of niet actief in zijn regio");
            }
            if (user.is(CurrentUser.ADVISEUR)) {
                adviseurs.eisAdviseurVan(user.subject(), code);
            }
        }
        bepaald = true;
    }

    /** The region of a beheerder of one region; empty for the national beheerder and for other roles. */
    public Optional<String> beheerderRegio() {
        return user.is(CurrentUser.BEHEERDER) ? user.regio() : Optional.empty();
    }

    /** Whether the caller may set or change the targets of {@code regio}: the national beheerder every region's. */
    public boolean beheert(String regio) {
        return beheerderRegio().map(r -> r.equals(regio)).orElse(true);
    }
}
