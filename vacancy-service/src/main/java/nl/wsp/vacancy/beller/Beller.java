package nl.wsp.vacancy.beller;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.bekenden.Adviseurs;
import nl.wsp.vacancy.partner.Partner;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;

import java.util.Optional;
import java.util.UUID;

/**
 * Who calls, as the authorisation rules of docs/api.md see it: a role, a partner and a region, worked out once per
 * request from the token ({@link nl.wsp.platform.security.BellerFilter}) against the partners and advisers account-service published
 * (the advisers: the frame's {@link Adviseurs}).
 * An adviser's token carries the adviser id in {@code sub} (the same claim in every service) and the partner in
 * {@code partner}; the adviser must belong to that partner. A partner system names its partner. A partner (or adviser)
 * this service does not know, or one account-service deactivated in its region, is a 403 on every operation; a beheerder whose token names a region (claim
 * {@code regio}) works for that region only, a beheerder without one and a dashboard see every region.
 */
@RequestScoped
public class Beller implements nl.wsp.platform.security.Beller {

    private final CurrentUser user;
    private final EntityManager em;
    private final Adviseurs adviseurs;

    private boolean bepaald;
    private Partner partner;
    private UUID adviseurId;
    private String beheerderRegio;

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
        if (isAdviseur() || user.is(CurrentUser.PARTNERSYSTEEM)) {
            String code = user.partner().orElseThrow(() -> ApiProblem.forbidden("Het token noemt geen partner"));
            partner = em.createQuery("select p from Partner p where p.code = :code", Partner.class).setParameter("code", code)
                    .getResultStream().findFirst().filter(p -> p.actief())
                    .orElseThrow(() -> ApiProblem.forbidden("De partner van het token is bij het WSP niet bekend of niet actief in zijn regio"));
        }
        if (isBeheerder()) {
            beheerderRegio = user.regio().orElse(null); // a beheerder of one region; without the claim: every region
        }
        if (isAdviseur()) {
            adviseurId = adviseurs.eisAdviseurVan(user.subject(), partner.code());
        }
        bepaald = true;
    }

    public boolean isAdviseur() {
        return user.is(CurrentUser.ADVISEUR);
    }

    public boolean isBeheerder() {
        return user.is(CurrentUser.BEHEERDER);
    }

    /** The caller's partner code (advisers and partner systems). */
    public Optional<String> partner() {
        bepaal();
        return Optional.ofNullable(partner).map(p -> p.code());
    }

    /** The region the caller works for; empty for a national beheerder (no {@code regio} claim) or a dashboard. */
    public Optional<String> regio() {
        bepaal();
        return partner != null ? Optional.of(partner.regio()) : Optional.ofNullable(beheerderRegio);
    }

    public boolean ziet(String regio) {
        return regio().map(r -> r.equals(regio)).orElse(true);
    }

    /** The calling adviser's id (the token's {@code sub}), empty for other roles. */
    public Optional<UUID> adviseurId() {
        bepaal();
        return Optional.ofNullable(adviseurId);
    }

    public String wie() {
        return user.subject();
    }
}
