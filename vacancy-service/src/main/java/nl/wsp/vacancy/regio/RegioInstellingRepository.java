package nl.wsp.vacancy.regio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/** The regions' settings and their audit trail. */
@ApplicationScoped
public class RegioInstellingRepository {

    private final EntityManager em;

    RegioInstellingRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<RegioInstelling> lees(String regio) {
        return Optional.ofNullable(em.find(RegioInstelling.class, regio));
    }

    /**
     * The region's row, locked for this transaction; created (version 0, no settings of its own) when the region has
     * none yet, so two first changes at once wait on one row instead of both inserting.
     */
    RegioInstelling voorWijziging(String regio) {
        em.createNativeQuery("INSERT INTO regio_instelling (regio, versie) VALUES (?1, 0) ON CONFLICT (regio) DO NOTHING")
                .setParameter(1, regio).executeUpdate();
        return em.find(RegioInstelling.class, regio, LockModeType.PESSIMISTIC_WRITE);
    }

    void leg(RegioInstellingWijziging wijziging) {
        em.persist(wijziging);
    }

    /** The changes of a region, oldest first (a region changes its settings a few times a year: read whole). */
    List<RegioInstellingWijziging> wijzigingen(String regio) {
        return em.createQuery("select w from RegioInstellingWijziging w where w.regio = :regio order by w.gewijzigdOp, w.id",
                        RegioInstellingWijziging.class)
                .setParameter("regio", regio).getResultList();
    }
}
