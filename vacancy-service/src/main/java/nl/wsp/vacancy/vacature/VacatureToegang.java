package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;

import java.util.UUID;

/**
 * Who may see and change a vacancy. An adviser changes the vacancies of employers they are account manager of: their
 * token's subject is their adviser id ({@code adviseurId} in account-service's events). A beheerder changes any.
 * During the own-caseload window only the account manager's partner sees a vacancy; after the broadcast every adviser
 * and partner system does. Dashboards get aggregates only.
 */
@ApplicationScoped
public class VacatureToegang {

    private final CurrentUser user;

    VacatureToegang(CurrentUser user) {
        this.user = user;
    }

    public void magBeheren(UUID accountmanagerId) {
        if (user.is(CurrentUser.BEHEERDER)) {
            return;
        }
        if (user.is(CurrentUser.ADVISEUR) && accountmanagerId != null && accountmanagerId.toString().equals(user.subject())) {
            return;
        }
        throw ApiProblem.forbidden("Alleen de accountmanager van de werkgever (of een beheerder) mag dit");
    }

    /** Refuses with 404 what the caller may not see, so the existence of a vacancy in someone else's window stays hidden. */
    public void magZien(Vacature vacature) {
        if (!ziet(vacature)) {
            throw ApiProblem.notFound("Vacature " + vacature.id);
        }
    }

    public boolean ziet(Vacature vacature) {
        if (user.is(CurrentUser.BEHEERDER)) {
            return true;
        }
        if (user.is(CurrentUser.ADVISEUR) || user.is(CurrentUser.PARTNERSYSTEEM)) {
            return vacature.zichtbaarVoorPartner(user.partner().orElse(null));
        }
        return false;
    }

    /** Null for a beheerder (sees everything); otherwise the caller's partner code, or "" when the token has none. */
    public String zichtbaarheidsPartner() {
        return user.is(CurrentUser.BEHEERDER) ? null : user.partner().orElse("");
    }

    public String wie() {
        return user.subject();
    }
}
