package nl.wsp.vacancy.esco;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Answers whether an ESCO URI exists in the loaded taxonomy. */
@ApplicationScoped
public class EscoCatalogus {

    private final EntityManager em;

    EscoCatalogus(EntityManager em) {
        this.em = em;
    }

    public boolean isBeroep(String uri) {
        return uri != null && !em.createNativeQuery("SELECT 1 FROM esco_beroep WHERE uri = ?1")
                .setParameter(1, uri).getResultList().isEmpty();
    }

    /** The subset of {@code uris} that are ESCO skills or knowledge concepts. */
    @SuppressWarnings("unchecked")
    public Set<String> bekendeVaardigheden(List<String> uris) {
        if (uris.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNativeQuery("SELECT uri FROM esco_vaardigheid WHERE uri = ANY (?1)")
                .setParameter(1, uris.toArray(String[]::new)).getResultList());
    }
}
