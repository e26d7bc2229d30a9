package nl.wsp.vacancy.evenement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.problem.ApiProblem;

import java.util.UUID;

@ApplicationScoped
public class EvenementRepository implements PanacheRepositoryBase<Evenement, UUID> {

    /**
     * The event a vacancy names as its origin ({@code evenementId}): it must be one account-service registered, of the
     * vacancy's region; else a 400 naming the field (another region's event is as unknown as one that does not exist).
     */
    public Evenement herkomst(UUID id, String regio) {
        return findByIdOptional(id).filter(e -> e.regio().equals(regio))
                .orElseThrow(() -> ApiProblem.invalid("evenementId", "onbekend evenement van de regio van de werkgever"));
    }
}
