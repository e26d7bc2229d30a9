package nl.wsp.account.sectortafel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SectortafelRepository implements PanacheRepositoryBase<Sectortafel, UUID> {

    /** The desk of a region that covers a sector, if the region has one. */
    public Optional<Sectortafel> voor(String regio, String sector) {
        return find("select distinct s from Sectortafel s join s.sectoren sec where s.regio = ?1 and sec = ?2", regio, sector)
                .firstResultOptional();
    }

    public List<Sectortafel> inRegio(String regio) {
        return regio == null ? list("order by regio, naam") : list("regio = ?1 order by naam", regio);
    }
}
