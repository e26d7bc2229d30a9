package nl.wsp.account.sroi;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SroiVerplichtingRepository implements PanacheRepositoryBase<SroiVerplichting, UUID> {

    /** An employer's obligations, the latest period first (an employer has a handful: no paging). */
    public List<SroiVerplichting> van(UUID werkgeverId) {
        return list("werkgeverId = ?1 order by periodeVan desc, id desc", werkgeverId);
    }
}
