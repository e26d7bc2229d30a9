package nl.wsp.matching.overdracht;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The handovers of candidates (ADR 0026: loaded and saved through a Panache repository). */
@ApplicationScoped
public class OverdrachtRepository implements PanacheRepositoryBase<Overdracht, UUID> {

    /** The handover, locked for a decision: two decisions at once come one after the other, the second meets a decided one. */
    Optional<Overdracht> vergrendeld(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    boolean heeftOpenAanbod(UUID kandidaatId) {
        return count("kandidaatId = ?1 and status = ?2", kandidaatId, Overdracht.Status.AANGEBODEN) > 0;
    }

    /** The handovers a partner offered or received, oldest first; of one status, or all. */
    List<Overdracht> vanOfVoor(String partner, Overdracht.Status status) {
        return status == null ? list("(vanPartner = ?1 or naarPartner = ?1) order by aangebodenOp, id", partner)
                : list("(vanPartner = ?1 or naarPartner = ?1) and status = ?2 order by aangebodenOp, id", partner, status);
    }
}
