package nl.wsp.reporting.referentie;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The regions and their municipalities of the reference data (ADR 0026: JPQL through Panache, read-only entities). */
@ApplicationScoped
class RegioRepository implements PanacheRepositoryBase<Regio, String> {

    boolean bestaat(String regio) {
        return count("naam", regio) > 0;
    }

    List<String> namen() {
        return listAll(Sort.by("naam")).stream().map(Regio::naam).toList();
    }

    List<String> gemeenten(String regio) {
        return getEntityManager().createQuery(
                        "select g.naam from Gemeente g where g.regio = :regio order by g.volgorde, g.naam", String.class)
                .setParameter("regio", regio).getResultList();
    }
}
