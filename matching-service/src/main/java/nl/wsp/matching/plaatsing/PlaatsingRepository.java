package nl.wsp.matching.plaatsing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads and saves placements (docs/adr/0026-one-persistence-style.md). A placement loaded for a change carries a row
 * lock, so it ends once even when two requests end it at the same moment.
 */
@ApplicationScoped
public class PlaatsingRepository implements PanacheRepositoryBase<Plaatsing, UUID> {

    /** The placement, locked for a change. */
    Optional<Plaatsing> vergrendeld(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The placements of a candidate, earliest start first: for the right of access. */
    public List<Plaatsing> vanKandidaat(UUID kandidaatId) {
        return list("kandidaatId = ?1 order by startdatum, id", kandidaatId);
    }

    /** The placement made of a proposal, if one was: a proposal becomes at most one placement. */
    Optional<Plaatsing> vanVoordracht(UUID voordrachtId) {
        return find("voordrachtId", voordrachtId).firstResultOptional();
    }
}
