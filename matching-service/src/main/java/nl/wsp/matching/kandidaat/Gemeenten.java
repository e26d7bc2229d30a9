package nl.wsp.matching.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The known municipalities (reference data from regions.csv, migration V4), by name, case-insensitive. */
@ApplicationScoped
public class Gemeenten {

    private final EntityManager em;
    private volatile Map<String, String> namen;

    Gemeenten(EntityManager em) {
        this.em = em;
    }

    /** The municipality's name as stored, for a name written in any case. */
    public Optional<String> zoek(String naam) {
        if (naam == null) {
            return Optional.empty();
        }
        if (namen == null) {
            Map<String, String> geladen = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<String> rijen = em.createNativeQuery("SELECT naam FROM gemeente").getResultList();
            rijen.forEach(n -> geladen.put(n.toLowerCase(Locale.ROOT), n));
            namen = geladen;
        }
        return Optional.ofNullable(namen.get(naam.trim().toLowerCase(Locale.ROOT)));
    }
}
