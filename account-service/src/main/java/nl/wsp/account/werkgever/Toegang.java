package nl.wsp.account.werkgever;

import jakarta.enterprise.context.RequestScoped;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.account.beller.Beller;

import java.util.UUID;

/**
 * What the caller may see and change of employers (docs/api.md, "Authorisation — account and vacancy"): an adviser sees
 * the employers of their partner's region — any other is "not found" — and changes an account only as its current
 * account manager (anyone of the region, while it has none); a beheerder sees and changes every employer.
 */
@RequestScoped
public class Toegang {

    private final Beller beller;
    private final WerkgeverRepository werkgevers;

    Toegang(Beller beller, WerkgeverRepository werkgevers) {
        this.beller = beller;
        this.werkgevers = werkgevers;
    }

    /** The employer if the caller may see it; 404 otherwise, whether it exists or not. */
    public Werkgever zichtbareWerkgever(UUID id) {
        return werkgevers.findByIdOptional(id).filter(w -> beller.ziet(w.regio()))
                .orElseThrow(() -> ApiProblem.notFound("Werkgever " + id));
    }

    /** The employer a request names in {@code field}; unknown or not visible is the client's mistake: 400. */
    public Werkgever zichtbareWerkgever(UUID id, String field) {
        return werkgevers.findByIdOptional(id).filter(w -> beller.ziet(w.regio()))
                .orElseThrow(() -> ApiProblem.invalid(field, "onbekende werkgever"));
    }

    /** The region the caller is limited to; null for a beheerder (every region). */
    public String regio() {
        return beller.regio().orElse(null);
    }

    public java.util.Optional<String> partner() {
        return beller.partner();
    }

    public String wie() {
        return beller.wie();
    }

    public boolean isBeheerder() {
        return beller.isBeheerder();
    }

    void magAccountBeheren(Werkgever w) {
        if (isBeheerder() || w.accountmanagerId() == null) {
            return;
        }
        if (!beller.isAdviseur(w.accountmanagerId())) {
            throw ApiProblem.forbidden("Alleen de accountmanager van deze werkgever of een beheerder mag dit");
        }
    }
}
