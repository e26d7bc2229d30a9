package nl.wsp.matching.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The open vacancies this service knows from vacancy-service's events, as matching reads them. A vacancy without an
 * ESCO occupation or a work location cannot be matched and is left out.
 */
@ApplicationScoped
public class Vacatures {

    private static final String SELECT = """
            SELECT id, titel, esco_beroep, vereiste_vaardigheden, gewenste_vaardigheden, coalesce(uren_per_week, 0),
                   werklocatie_gemeente, rijbewijs_vereist, opleidingsniveau, accountmanager_partner,
                   eigen_bestand_tot, breed_uitgezet, regio
            FROM vacature WHERE status = 'open' AND esco_beroep IS NOT NULL AND werklocatie_gemeente IS NOT NULL""";

    private final EntityManager em;
    private final EscoCatalogus esco;
    private final Clock clock;

    Vacatures(EntityManager em, EscoCatalogus esco, Clock clock) {
        this.em = em;
        this.esco = esco;
        this.clock = clock;
    }

    /**
     * @param eigenBestandFase true while only the account manager's partner's candidates qualify (rule 4)
     * @param regio            the vacancy's labour-market region (which priority rules version ranks it); null when unknown
     */
    public record OpenVacature(UUID id, String titel, Vacatureprofiel profiel, boolean eigenBestandFase, String regio) {
    }

    @SuppressWarnings("unchecked")
    public Optional<OpenVacature> open(UUID id) {
        List<Object[]> rijen = em.createNativeQuery(SELECT + " AND id = ?1").setParameter(1, id).getResultList();
        return rijen.stream().findFirst().map(this::vacature);
    }

    @SuppressWarnings("unchecked")
    public List<OpenVacature> alleOpen() {
        List<Object[]> rijen = em.createNativeQuery(SELECT).getResultList();
        return rijen.stream().map(this::vacature).toList();
    }

    private OpenVacature vacature(Object[] r) {
        String beroep = (String) r[2];
        Vacatureprofiel profiel = new Vacatureprofiel(beroep, esco.iscoGroep(beroep), Set.of(tekst(r[3])), Set.of(tekst(r[4])),
                ((Number) r[5]).intValue(), (String) r[6], Boolean.TRUE.equals(r[7]), (String) r[8], (String) r[9]);
        Instant eigenBestandTot = tijd(r[10]);
        boolean fase = !Boolean.TRUE.equals(r[11]) && eigenBestandTot != null && clock.instant().isBefore(eigenBestandTot);
        return new OpenVacature((UUID) r[0], (String) r[1], profiel, fase, (String) r[12]);
    }

    private static String[] tekst(Object array) {
        if (array == null) {
            return new String[0];
        }
        if (array instanceof String[] s) {
            return Arrays.stream(s).distinct().toArray(String[]::new);
        }
        try {
            return Arrays.stream((String[]) ((java.sql.Array) array).getArray()).distinct().toArray(String[]::new);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant tijd(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
