package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.kandidaat.AanvaardeVoordrachten;

import java.util.UUID;

/**
 * The disclosure hook of the candidate intake: an employer accepted (hired on) a proposal of this candidate made by
 * an adviser of this partner. Only that partner, only for that candidate.
 */
@ApplicationScoped
public class VoordrachtOnthulling implements AanvaardeVoordrachten {

    private final EntityManager em;

    VoordrachtOnthulling(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean isAanvaard(UUID kandidaatId, String partner) {
        return !em.createQuery("""
                        select v.id from Voordracht v
                        where v.kandidaatId = :k and v.partner = :p and v.status = :aangenomen""", UUID.class)
                .setParameter("k", kandidaatId).setParameter("p", partner)
                .setParameter("aangenomen", Voordracht.Status.AANGENOMEN)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
