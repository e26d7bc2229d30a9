package nl.wsp.reporting.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Targets in PostgreSQL; gemeenten is a text[] so that overlap is one indexable {@code &&}. */
@ApplicationScoped
public class DoelstellingRepository {

    private static final String KOLOMMEN =
            "id, regio, jaar, soort, doelgroep, partner, array_to_string(gemeenten, '|'), aantal, toelichting, gewijzigd_op";

    private final EntityManager em;

    DoelstellingRepository(EntityManager em) {
        this.em = em;
    }

    /** Serialises target changes per region and year, so two overlapping targets cannot both pass the check. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vergrendel(String regio, int jaar) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "doelstelling:" + regio + ":" + jaar).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void voegToe(Doelstelling d) {
        em.createNativeQuery("""
                        INSERT INTO doelstelling (id, regio, jaar, soort, doelgroep, partner, gemeenten, aantal, toelichting, gewijzigd_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, string_to_array(?7, '|'), ?8, ?9, ?10)""")
                .setParameter(1, d.id()).setParameter(2, d.regio()).setParameter(3, d.jaar()).setParameter(4, d.soort())
                .setParameter(5, d.doelgroep()).setParameter(6, d.partner()).setParameter(7, String.join("|", d.gemeenten()))
                .setParameter(8, d.aantal()).setParameter(9, d.toelichting())
                .setParameter(10, OffsetDateTime.ofInstant(d.gewijzigdOp(), ZoneOffset.UTC))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void vervang(Doelstelling d) {
        em.createNativeQuery("""
                        UPDATE doelstelling SET regio = ?2, jaar = ?3, soort = ?4, doelgroep = ?5, partner = ?6,
                               gemeenten = string_to_array(?7, '|'), aantal = ?8, toelichting = ?9, gewijzigd_op = ?10
                        WHERE id = ?1""")
                .setParameter(1, d.id()).setParameter(2, d.regio()).setParameter(3, d.jaar()).setParameter(4, d.soort())
                .setParameter(5, d.doelgroep()).setParameter(6, d.partner()).setParameter(7, String.join("|", d.gemeenten()))
                .setParameter(8, d.aantal()).setParameter(9, d.toelichting())
                .setParameter(10, OffsetDateTime.ofInstant(d.gewijzigdOp(), ZoneOffset.UTC))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void verwijder(UUID id) {
        em.createNativeQuery("DELETE FROM doelstelling WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    public Optional<Doelstelling> vind(UUID id) {
        return lees("SELECT " + KOLOMMEN + " FROM doelstelling WHERE id = ?1", id).stream().findFirst();
    }

    /**
     * An existing target that this one would overlap: same region, year, kind and target group (or 'alle' on either
     * side), and the same partner or a municipality in common.
     */
    public Optional<Doelstelling> overlappend(Doelstelling d) {
        return lees("SELECT " + KOLOMMEN + """
                         FROM doelstelling
                        WHERE regio = ?1 AND jaar = ?2 AND soort = ?3 AND id <> ?4
                          AND (doelgroep = ?5 OR doelgroep = 'alle' OR ?5 = 'alle')
                          AND ((partner IS NOT NULL AND partner = ?6)
                               OR (cardinality(gemeenten) > 0 AND gemeenten && string_to_array(?7, '|')))
                        ORDER BY gewijzigd_op LIMIT 1""",
                d.regio(), d.jaar(), d.soort(), d.id(), d.doelgroep(), d.partner() == null ? "" : d.partner(),
                String.join("|", d.gemeenten())).stream().findFirst();
    }

    /** Targets ordered by region, year, kind, target group and id; {@code regio}, {@code jaar}, {@code soort} may be null. */
    public List<Doelstelling> lijst(String regio, Integer jaar, String soort, int vanaf, int limiet) {
        StringBuilder sql = new StringBuilder("SELECT " + KOLOMMEN + " FROM doelstelling WHERE TRUE");
        List<Object> parameters = new java.util.ArrayList<>();
        if (regio != null) {
            parameters.add(regio);
            sql.append(" AND regio = ?").append(parameters.size());
        }
        if (jaar != null) {
            parameters.add(jaar);
            sql.append(" AND jaar = ?").append(parameters.size());
        }
        if (soort != null) {
            parameters.add(soort);
            sql.append(" AND soort = ?").append(parameters.size());
        }
        parameters.add(vanaf);
        sql.append(" ORDER BY regio, jaar, soort, doelgroep, array_to_string(gemeenten, '|'), partner, id OFFSET ?").append(parameters.size());
        parameters.add(limiet);
        sql.append(" LIMIT ?").append(parameters.size());
        return lees(sql.toString(), parameters.toArray());
    }

    public List<Doelstelling> voorPartner(String partner, int jaar) {
        return lees("SELECT " + KOLOMMEN + " FROM doelstelling WHERE partner = ?1 AND jaar = ?2 AND soort = 'plaatsingen' ORDER BY id",
                partner, jaar);
    }

    /**
     * The placement targets of a region and year that name this partner or a group holding this municipality (whether the
     * target group counts the placement is for the caller to decide: {@link Doelgroepen#telt}).
     */
    public List<Doelstelling> dekkend(String regio, int jaar, String partner, String gemeente) {
        return lees("SELECT " + KOLOMMEN + " FROM doelstelling WHERE regio = ?1 AND jaar = ?2 AND soort = 'plaatsingen' "
                + "AND (partner = ?3 OR ?4 = ANY (gemeenten)) ORDER BY id", regio, jaar, partner, gemeente);
    }

    @SuppressWarnings("unchecked")
    private List<Doelstelling> lees(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rijen = query.getResultList();
        return rijen.stream().map(DoelstellingRepository::naarDoelstelling).toList();
    }

    private static Doelstelling naarDoelstelling(Object[] r) {
        String gemeenten = (String) r[6];
        return new Doelstelling((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3], (String) r[4],
                (String) r[5], gemeenten == null || gemeenten.isEmpty() ? List.of() : Arrays.asList(gemeenten.split("\\|")),
                ((Number) r[7]).intValue(), (String) r[8], instant(r[9]));
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
