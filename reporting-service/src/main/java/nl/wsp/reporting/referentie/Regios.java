package nl.wsp.reporting.referentie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** The labour-market regions and their municipalities: reference data from migration V4, extendable by a beheerder. */
@ApplicationScoped
public class Regios {

    public static final String BUITEN_REGIO = "Buiten regio";

    private final EntityManager em;

    Regios(EntityManager em) {
        this.em = em;
    }

    public boolean bestaat(String regio) {
        return regio != null && !em.createNativeQuery("SELECT 1 FROM regio WHERE naam = ?1")
                .setParameter(1, regio).getResultList().isEmpty();
    }

    /** The region's municipalities in their reference order (the centre municipality first). */
    @SuppressWarnings("unchecked")
    public List<String> gemeenten(String regio) {
        return em.createNativeQuery("SELECT naam FROM gemeente WHERE regio = ?1 ORDER BY volgorde, naam")
                .setParameter(1, regio).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> alle() {
        return em.createNativeQuery("SELECT naam FROM regio ORDER BY naam").getResultList();
    }

    /** Adds a region or adds municipalities to it; existing municipalities keep their place. */
    @Transactional
    public void registreer(String regio, List<String> gemeenten) {
        em.createNativeQuery("INSERT INTO regio (naam) VALUES (?1) ON CONFLICT DO NOTHING").setParameter(1, regio).executeUpdate();
        int volgorde = 1;
        for (String gemeente : gemeenten) {
            em.createNativeQuery("""
                            INSERT INTO gemeente (regio, naam, volgorde) VALUES (?1, ?2, ?3)
                            ON CONFLICT (regio, naam) DO NOTHING""")
                    .setParameter(1, regio).setParameter(2, gemeente).setParameter(3, volgorde++).executeUpdate();
        }
    }
}
