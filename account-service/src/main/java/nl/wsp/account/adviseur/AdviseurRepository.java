package nl.wsp.account.adviseur;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.account.partner.Partner;
import nl.wsp.platform.problem.ApiProblem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AdviseurRepository implements PanacheRepositoryBase<Adviseur, UUID> {

    public Optional<Adviseur> metGebruikersnaam(String gebruikersnaam) {
        return find("gebruikersnaam", gebruikersnaam).firstResultOptional();
    }

    /**
     * The adviser a request names in {@code field} (an account manager, a contact person, a desk's contact, who made a
     * contact): an unknown one, or one whose partner is not active in its region, is the client's mistake, so 400
     * naming the field. So is an adviser of a partner with a limited role (a re-integration company, a private
     * intermediary, docs/adr/0042): it owns no employer, desk, region contact or contact moment.
     */
    public Adviseur bestaand(UUID id, String field) {
        Adviseur adviseur = findByIdOptional(id).orElseThrow(() -> ApiProblem.invalid(field, "onbekende adviseur"));
        Partner partner = getEntityManager().createQuery("select p from Partner p where p.code = :code", Partner.class)
                .setParameter("code", adviseur.partnerCode()).getResultStream().findFirst().orElse(null);
        if (partner == null || !partner.actief()) {
            throw ApiProblem.invalid(field, "de partner van deze adviseur is niet actief in zijn regio");
        }
        if (partner.soort().beperkt()) {
            throw ApiProblem.invalid(field, "een adviseur van een " + partner.soort().code()
                    + " heeft een beperkte rol en kan geen werkgevers, contactmomenten of contactverzoeken voeren");
        }
        return adviseur;
    }

    public List<Adviseur> lijst(String partner, String regio) {
        if (partner != null && regio != null) {
            return list("partnerCode = ?1 and regio = ?2 order by naam", partner, regio);
        }
        if (partner != null) {
            return list("partnerCode = ?1 order by naam", partner);
        }
        if (regio != null) {
            return list("regio = ?1 order by naam", regio);
        }
        return list("order by regio, naam");
    }
}
