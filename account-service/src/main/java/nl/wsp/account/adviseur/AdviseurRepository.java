package nl.wsp.account.adviseur;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
     * naming the field.
     */
    public Adviseur bestaand(UUID id, String field) {
        Adviseur adviseur = findByIdOptional(id).orElseThrow(() -> ApiProblem.invalid(field, "onbekende adviseur"));
        long actief = getEntityManager().createQuery("select count(p) from Partner p where p.code = :code and p.actief = true", Long.class)
                .setParameter("code", adviseur.partnerCode()).getSingleResult();
        if (actief == 0) {
            throw ApiProblem.invalid(field, "de partner van deze adviseur is niet actief in zijn regio");
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
