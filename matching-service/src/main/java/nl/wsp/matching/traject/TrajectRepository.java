package nl.wsp.matching.traject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The candidates' trajectories (ADR 0026: loaded and saved through a Panache repository). */
@ApplicationScoped
public class TrajectRepository implements PanacheRepositoryBase<Traject, UUID> {

    Optional<Traject> vergrendeld(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A candidate's trajectories of one partner, oldest first. */
    List<Traject> vanKandidaat(UUID kandidaatId, String partner) {
        return list("kandidaatId = ?1 and partner = ?2 order by startdatum, gestartOp, id", kandidaatId, partner);
    }
}
