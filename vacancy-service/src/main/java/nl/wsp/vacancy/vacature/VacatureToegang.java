package nl.wsp.vacancy.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.vacancy.beller.Beller;

import java.util.UUID;

/**
 * Who may see and change a vacancy (docs/api.md, "Authorisation — account and vacancy"). An adviser changes the
 * vacancies of employers they are account manager of: their token's {@code sub} is their adviser id. A beheerder changes
 * any. Advisers and partner systems see the vacancies of their partner's region only, and during the own-caseload
 * window only the account manager's partner sees one; after the broadcast every partner of the region does. Dashboards
 * get aggregates only.
 */
@ApplicationScoped
public class VacatureToegang {

    private final Beller beller;

    VacatureToegang(Beller beller) {
        this.beller = beller;
    }

    public void magBeheren(UUID accountmanagerId) {
        if (beller.isBeheerder()) {
            return;
        }
        if (beller.isAdviseur() && accountmanagerId != null && beller.adviseurId().map(accountmanagerId::equals).orElse(false)) {
            return;
        }
        throw ApiProblem.forbidden("Alleen de accountmanager van de werkgever (of een beheerder) mag dit");
    }

    /**
     * An adviser, or a beheerder of one region (claim {@code regio}), does not see another region's employers: 404, as
     * for a vacancy, before the question whether the caller is its account manager (403) could reveal it.
     */
    public void magWerkgeverZien(UUID werkgeverId, String regio) {
        if (!beller.ziet(regio)) {
            throw ApiProblem.notFound("Werkgever " + werkgeverId);
        }
    }

    /** Refuses with 404 what the caller may not see, so the existence of a vacancy in someone else's window stays hidden. */
    public void magZien(Vacature vacature) {
        if (!ziet(vacature)) {
            throw ApiProblem.notFound("Vacature " + vacature.id());
        }
    }

    public boolean ziet(Vacature vacature) {
        if (beller.isBeheerder()) {
            return beller.ziet(vacature.regio()); // a beheerder of a region sees only that region's vacancies
        }
        return beller.partner().map(p -> beller.ziet(vacature.regio()) && vacature.zichtbaarVoorPartner(p)).orElse(false);
    }

    /** Null for a beheerder (sees everything); otherwise the caller's partner code, or "" when the token has none. */
    public String zichtbaarheidsPartner() {
        return beller.isBeheerder() ? null : beller.partner().orElse("");
    }

    /** Null for a national beheerder (every region); otherwise the caller's region, or "" when the caller has none. */
    public String zichtbaarheidsRegio() {
        return beller.isBeheerder() ? beller.regio().orElse(null) : beller.regio().orElse("");
    }

    public String wie() {
        return beller.wie();
    }
}
