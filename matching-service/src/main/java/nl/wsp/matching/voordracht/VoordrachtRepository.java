package nl.wsp.matching.voordracht;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads and saves proposals (docs/adr/0026-one-persistence-style.md). A proposal loaded for a change carries a row
 * lock, so its outcome and the placement made of it are decided one at a time.
 */
@ApplicationScoped
public class VoordrachtRepository implements PanacheRepositoryBase<Voordracht, UUID> {

    /** The proposal, locked for a change. */
    public Optional<Voordracht> vergrendeld(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The proposals of a candidate, oldest first: for the right of access. */
    public List<Voordracht> vanKandidaat(UUID kandidaatId) {
        return list("kandidaatId = ?1 order by voorgedragenOp, id", kandidaatId);
    }

    /** A proposal of this candidate for this vacancy that was not rejected: there is one open proposal per pair. */
    Optional<Voordracht> nietAfgewezen(UUID vacatureId, UUID kandidaatId) {
        return find("vacatureId = ?1 and kandidaatId = ?2 and status <> ?3", vacatureId, kandidaatId, Voordracht.Status.AFGEWEZEN)
                .firstResultOptional();
    }

    /** Whether an employer invited or hired the candidate on a proposal by this partner (ADR 0047). */
    boolean isUitgenodigdOfAangenomen(UUID kandidaatId, String partner) {
        return count("kandidaatId = ?1 and partner = ?2 and status in ?3", kandidaatId, partner,
                java.util.List.of(Voordracht.Status.UITGENODIGD, Voordracht.Status.AANGENOMEN)) > 0;
    }
}
