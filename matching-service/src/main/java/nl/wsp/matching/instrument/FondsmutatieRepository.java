package nl.wsp.matching.instrument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The append-only changes of the regional funds' balances. */
@ApplicationScoped
public class FondsmutatieRepository implements PanacheRepositoryBase<Fondsmutatie, Long> {

    /** A mutation with the kind of the deployment it paid (null for a deposit). */
    public record MetSoort(Fondsmutatie mutatie, Instrumentsoort instrumentsoort) {
    }

    /** Every change of a region's fund in booking order, each payment with its deployment's kind. */
    List<MetSoort> vanRegio(String regio) {
        return getEntityManager().createQuery("""
                        select m, i.soort from Fondsmutatie m left join InstrumentInzet i on i.id = m.inzetId
                        where m.regio = :regio order by m.id""", Object[].class)
                .setParameter("regio", regio).getResultStream()
                .map(r -> new MetSoort((Fondsmutatie) r[0], (Instrumentsoort) r[1])).toList();
    }

    /** A region's deposits in booking order, optionally of one municipality. */
    List<Fondsmutatie> stortingenVan(String regio, String gemeente) {
        return gemeente == null
                ? list("regio = ?1 and soort = ?2 order by id", regio, Fondsmutatie.STORTING)
                : list("regio = ?1 and soort = ?2 and gemeente = ?3 order by id", regio, Fondsmutatie.STORTING, gemeente);
    }
}
