package nl.wsp.matching.toegang;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Optional;

/**
 * Who is calling, as the authorisation rules of docs/api.md read it: a role, a partner and a region, all from the token.
 * <ul>
 *   <li>the partner is the {@code partner} claim (advisers and partner systems);</li>
 *   <li>the adviser is the token's {@code sub}: the adviser id of account-service ({@code adviseurId}), the same claim
 *       vacancy-service compares with a vacancy's account manager — it is what {@code voorgedragenDoor},
 *       {@code aangevraagdDoor} and the other "who" fields record;</li>
 *   <li>the region is the region of the caller's partner as this service knows it (table {@code partner}); a beheerder
 *       or dashboard works for the region in its {@code regio} claim.</li>
 * </ul>
 * Every rule that decides what a caller sees or changes asks this class, so the model lives in one place.
 */
@RequestScoped
public class Beller {

    private final CurrentUser user;
    private final JsonWebToken token;
    private final EntityManager em;
    private Optional<String> regio;

    Beller(CurrentUser user, JsonWebToken token, EntityManager em) {
        this.user = user;
        this.token = token;
        this.em = em;
    }

    public boolean isBeheerder() {
        return user.is(CurrentUser.BEHEERDER);
    }

    public boolean isAdviseur() {
        return user.is(CurrentUser.ADVISEUR);
    }

    public boolean isPartnersysteem() {
        return user.is(CurrentUser.PARTNERSYSTEEM);
    }

    /** The adviser (or other caller) as the "who" fields record it: the token's {@code sub}. */
    public String wie() {
        return user.subject();
    }

    /** The caller's partner code, when the token names one. */
    public Optional<String> partner() {
        return user.partner().filter(p -> !p.isBlank());
    }

    /** The caller's partner; 403 for a token that names none (an adviser or partner system always has one). */
    public String eigenPartner() {
        return partner().orElseThrow(() -> ApiProblem.forbidden("Het token noemt geen partner (claim partner)"));
    }

    /** Null for a beheerder, who sees every partner's records; otherwise the caller's own partner (403 without one). */
    public String zichtbaarheidsPartner() {
        return isBeheerder() ? null : eigenPartner();
    }

    /**
     * The region the caller works for: the {@code regio} claim of a beheerder or dashboard, otherwise the region of the
     * caller's partner as the partner events told this service. Empty when neither is known: such a caller sees no
     * region's records.
     */
    public Optional<String> regio() {
        if (regio == null) {
            if (isBeheerder() || user.is(CurrentUser.DASHBOARD)) {
                regio = Optional.ofNullable(token.getClaim("regio")).map(Object::toString).filter(r -> !r.isBlank());
            } else {
                regio = partner().flatMap(this::regioVanPartner);
            }
        }
        return regio;
    }

    public boolean werktIn(String regioNaam) {
        return regioNaam != null && regio().map(regioNaam::equals).orElse(false);
    }

    /**
     * The own-caseload window (rule 4): while it runs, a vacancy exists only for the account manager's partner (and a
     * beheerder), exactly as vacancy-service answers.
     */
    public boolean zietVacature(String accountmanagerPartner, boolean inEigenBestandTermijn) {
        return !inEigenBestandTermijn || isBeheerder() || partner().map(p -> p.equals(accountmanagerPartner)).orElse(false);
    }

    private Optional<String> regioVanPartner(String code) {
        @SuppressWarnings("unchecked")
        List<String> rijen = em.createNativeQuery("SELECT regio FROM partner WHERE code = ?1").setParameter(1, code).getResultList();
        return rijen.stream().findFirst();
    }
}
