package nl.wsp.account.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TeamlidRepository implements PanacheRepositoryBase<Teamlid, UUID> {

    /** The members of a unit, by adviser id (the order of the cursor). */
    public List<Teamlid> van(UUID teamId) {
        return list("teamId = ?1 order by adviseurId", teamId);
    }
}
