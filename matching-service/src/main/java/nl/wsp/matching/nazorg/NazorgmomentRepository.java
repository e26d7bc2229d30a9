package nl.wsp.matching.nazorg;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads and saves check-ins (docs/adr/0026-one-persistence-style.md). A check-in loaded for a change carries a row
 * lock, so recording its outcome and letting it lapse at the placement's end never overlap.
 */
@ApplicationScoped
public class NazorgmomentRepository implements PanacheRepositoryBase<Nazorgmoment, UUID> {

    /** The check-in {@code maanden} months after the start of a placement, locked for a change. */
    Optional<Nazorgmoment> vergrendeld(UUID plaatsingId, int maanden) {
        return find("plaatsingId = ?1 and maanden = ?2", plaatsingId, maanden)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The open check-ins of a placement, locked: a check-in recorded meanwhile is waited for and then no longer open. */
    List<Nazorgmoment> openVanPlaatsing(UUID plaatsingId) {
        return find("plaatsingId = ?1 and status = ?2", plaatsingId, Nazorgmoment.Status.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The check-ins of a candidate, earliest due first: for the right of access. */
    public List<Nazorgmoment> vanKandidaat(UUID kandidaatId) {
        return list("kandidaatId = ?1 order by geplandOp, id", kandidaatId);
    }

    /** A placement's check-ins, earliest first. */
    List<Nazorgmoment> vanPlaatsing(UUID plaatsingId) {
        return list("plaatsingId = ?1 order by maanden", plaatsingId);
    }
}
