package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What proposals and placements read of the vacancy read model (table vacature, kept by the vacancy consumer) and of
 * the candidate intake (table kandidaat): only what the rules need, no personal data.
 */
@ApplicationScoped
public class Bemiddelingsgegevens {

    private final EntityManager em;

    Bemiddelingsgegevens(EntityManager em) {
        this.em = em;
    }

    /** A vacancy as matching knows it. {@code eigenBestandTot} is the end of the own-caseload window (rule 4). */
    public record Vacature(UUID id, String accountmanagerPartner, String regio, String status, Instant eigenBestandTot,
                           boolean breedUitgezet) {

        public boolean isOpen() {
            return "open".equals(status);
        }

        /** During the window only the account manager's partner proposes, and only from its own caseload. */
        public boolean inEigenBestandTermijn(Instant nu) {
            return !breedUitgezet && eigenBestandTot != null && nu.isBefore(eigenBestandTot);
        }
    }

    /** {@code leeftijdsband}: the optional age band, for the events the fairness monitor counts (docs/adr/0043); no rule reads it. */
    public record Kandidaat(UUID id, String partner, String status, String woongemeente, List<String> doelgroepen,
                            String leeftijdsband) {

        public boolean isBeschikbaar() {
            return "beschikbaar".equals(status);
        }
    }

    /** Reads the vacancy and, with {@code vergrendel}, locks its row so proposals for one vacancy are decided one at a time. */
    public Optional<Vacature> vacature(UUID id, boolean vergrendel) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT id, accountmanager_partner, regio, status, eigen_bestand_tot, breed_uitgezet
                        FROM vacature WHERE id = ?1""" + (vergrendel ? " FOR UPDATE" : ""))
                .setParameter(1, id).getResultList();
        return rijen.stream().findFirst().map(r -> new Vacature((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]), Boolean.TRUE.equals(r[5])));
    }

    public Optional<Kandidaat> kandidaat(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT id, partner, status, woongemeente, doelgroepen, leeftijdsband FROM kandidaat WHERE id = ?1""")
                .setParameter(1, id).getResultList();
        return rijen.stream().findFirst().map(r -> new Kandidaat((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                lijst(r[4]), (String) r[5]));
    }

    private static Instant instant(Object o) {
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

    private static List<String> lijst(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof String[] s) {
            return List.of(s);
        }
        if (o instanceof Object[] s) {
            return Arrays.stream(s).map(String::valueOf).toList();
        }
        if (o instanceof Array a) {
            try {
                return Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
            } catch (SQLException e) {
                throw new IllegalStateException("doelgroepen unreadable", e);
            }
        }
        throw new IllegalStateException("doelgroepen of unexpected type " + o.getClass());
    }
}
