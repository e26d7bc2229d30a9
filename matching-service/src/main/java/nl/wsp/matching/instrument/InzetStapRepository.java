package nl.wsp.matching.instrument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The append-only history of the deployments. */
@ApplicationScoped
public class InzetStapRepository implements PanacheRepositoryBase<InzetStap, Long> {

    /** A deployment's history in the order it happened. */
    List<InzetStap> historie(UUID inzetId) {
        return list("inzetId = ?1 order by id", inzetId);
    }

    /** Erasure: the free-text reasons of a candidate's deployments go (the one change V170 allows besides retention). */
    int wisRedenenVan(UUID kandidaatId) {
        return update("reden = null where reden is not null and inzetId in "
                + "(select i.id from InstrumentInzet i where i.kandidaatId = ?1)", kandidaatId);
    }
}
