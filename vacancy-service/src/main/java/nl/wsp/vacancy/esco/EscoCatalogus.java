package nl.wsp.vacancy.esco;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers whether an ESCO URI exists in the loaded taxonomy, and with which labels. */
@ApplicationScoped
public class EscoCatalogus {

    private final EntityManager em;

    EscoCatalogus(EntityManager em) {
        this.em = em;
    }

    public boolean isBeroep(String uri) {
        return uri != null && em.find(EscoBeroep.class, uri) != null;
    }

    public Optional<EscoLabels> beroep(String uri) {
        return Optional.ofNullable(em.find(EscoBeroep.class, uri)).map(EscoBeroep::labels);
    }

    public Optional<EscoLabels> vaardigheid(String uri) {
        return Optional.ofNullable(em.find(EscoVaardigheid.class, uri)).map(EscoVaardigheid::labels);
    }

    /** The subset of {@code uris} that are ESCO skills or knowledge concepts. */
    public Set<String> bekendeVaardigheden(List<String> uris) {
        if (uris.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select v.uri from EscoVaardigheid v where v.uri in :uris", String.class)
                .setParameter("uris", uris).getResultList());
    }
}
