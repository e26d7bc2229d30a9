package nl.wsp.account.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    /** The units of a region (every region when {@code regio} is null), by region and name. */
    public List<Team> inRegio(String regio) {
        return regio == null ? list("order by regio, naam") : list("regio = ?1 order by naam", regio);
    }
}
