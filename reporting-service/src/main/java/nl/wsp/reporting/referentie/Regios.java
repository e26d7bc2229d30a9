package nl.wsp.reporting.referentie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labour-market regions and their municipalities, as {@link Referentiedata} wrote them from the reference file:
 * the same 35 regions as every other service. Clients read them; nobody adds one through the API.
 */
@ApplicationScoped
public class Regios {

    public static final String BUITEN_REGIO = "Buiten regio";

    /** Reference data changes rarely: kept a minute, so that another replica sees a new region within that time. */
    private static final Duration BEWAARTIJD = Duration.ofMinutes(1);

    private record Bewaard(List<String> gemeenten, boolean bestaat, long tot) {
    }

    private final EntityManager em;
    private final Map<String, Bewaard> bewaard = new ConcurrentHashMap<>();

    Regios(EntityManager em) {
        this.em = em;
    }

    public boolean bestaat(String regio) {
        return regio != null && lees(regio).bestaat();
    }

    /** The region's municipalities in their reference order (the centre municipality first). */
    public List<String> gemeenten(String regio) {
        return lees(regio).gemeenten();
    }

    @SuppressWarnings("unchecked")
    private Bewaard lees(String regio) {
        Bewaard b = bewaard.get(regio);
        if (b != null && b.tot() > System.nanoTime()) {
            return b;
        }
        boolean bestaat = !em.createNativeQuery("SELECT 1 FROM regio WHERE naam = ?1").setParameter(1, regio).getResultList().isEmpty();
        List<String> gemeenten = List.copyOf(em.createNativeQuery("SELECT naam FROM gemeente WHERE regio = ?1 ORDER BY volgorde, naam")
                .setParameter(1, regio).getResultList());
        b = new Bewaard(gemeenten, bestaat, System.nanoTime() + BEWAARTIJD.toNanos());
        if (bewaard.size() > 1_000) {
            bewaard.clear(); // a bound against lookups of ever new names
        }
        bewaard.put(regio, b);
        return b;
    }

    @SuppressWarnings("unchecked")
    public List<String> alle() {
        return em.createNativeQuery("SELECT naam FROM regio ORDER BY naam").getResultList();
    }

    /** Forgets what this replica kept, after the reference data was written. */
    void vergeet() {
        bewaard.clear();
    }
}
