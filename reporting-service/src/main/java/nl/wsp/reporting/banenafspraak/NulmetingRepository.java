package nl.wsp.reporting.banenafspraak;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Banenafspraak baselines (ADR 0026: a Panache repository, JPQL). */
@ApplicationScoped
public class NulmetingRepository implements PanacheRepositoryBase<Nulmeting, UUID> {

    public Optional<Nulmeting> van(String regio, String sector) {
        return find("regio = ?1 and sector = ?2", regio, sector).firstResultOptional();
    }

    public List<Nulmeting> vanRegio(String regio) {
        return list("regio", Sort.by("sector"), regio);
    }
}
