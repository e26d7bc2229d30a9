package nl.wsp.vacancy.sroi;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.problem.ApiProblem;

import java.util.UUID;

@ApplicationScoped
public class SroiVerplichtingRepository implements PanacheRepositoryBase<SroiVerplichting, UUID> {

    /**
     * The obligation a vacancy names ({@code sroiVerplichtingId}): one account-service recorded, of the vacancy's own
     * employer; else a 400 naming the field (another employer's obligation is as unknown as one that does not exist).
     */
    public SroiVerplichting vanWerkgever(UUID id, UUID werkgeverId) {
        return findByIdOptional(id).filter(v -> v.werkgeverId().equals(werkgeverId))
                .orElseThrow(() -> ApiProblem.invalid("sroiVerplichtingId", "onbekende social-returnverplichting van deze werkgever"));
    }
}
