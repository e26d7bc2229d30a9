package nl.wsp.reporting.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.reporting.periode.Periode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The query of the operational reports per unit and adviser (issue 17 item 4, docs/adr/0033) over the facts
 * {@link TeamBijwerker} keeps. One of reporting-service's named SQL classes (docs/adr/0026-one-persistence-style.md):
 * every fact of the period is attributed to the unit its adviser belonged to at the fact's moment (a {@code LATERAL}
 * look-up of the membership history) and summed per adviser and unit in one statement with {@code UNION ALL};
 * JPQL has neither. Not yet among the dashboard queries {@code DashboardBenchmark} measures.
 */
@ApplicationScoped
public class Teamcijfers {

    /** The figures, in this order, of {@link Feit#aantallen()}. */
    public enum Maat {
        VACATURES_OPGEHAALD, BEZOEKEN, CONTACTMOMENTEN, CONTACTMOMENTEN_ANDERE_PARTNER, PLAATSINGEN,
        PLAATSINGEN_KANDIDAAT_ANDERE_PARTNER, VERLOPEN_VERVOLGAFSPRAKEN, VERZOEKEN_ONTVANGEN, VERZOEKEN_BINNEN_TERMIJN,
        VERZOEKEN_TE_LAAT, VERZOEKEN_TERMIJN_VERSTREKEN, VERZOEKEN_NOG_BINNEN_TERMIJN
    }

    /** The sums of one adviser's facts while in one unit ({@code team} null: in none). */
    public record Feit(UUID adviseur, UUID team, long[] aantallen) {
    }

    /** A unit of the region. */
    public record Team(UUID id, String naam) {
    }

    private final EntityManager em;

    Teamcijfers(EntityManager em) {
        this.em = em;
    }

    /**
     * Every adviser's facts of region {@code regio} in period {@code p}, per unit at the fact's moment. Overdue follow-ups
     * are a state at {@code peildatum}: promises made before it, due before it, with no later contact with that employer
     * registered before it (the work list's rule, docs/api.md).
     */
    @SuppressWarnings("unchecked")
    public List<Feit> feiten(String regio, Periode p, LocalDate peildatum) {
        Instant van = p.van().atStartOfDay(TimeSource.ZONE).toInstant();
        Instant tot = p.tot().atStartOfDay(TimeSource.ZONE).toInstant();
        Instant peil = peildatum.atStartOfDay(TimeSource.ZONE).toInstant();
        List<Object[]> rijen = em.createNativeQuery("""
                        WITH f AS (
                          SELECT accountmanager_id AS adviseur_id, geopend_op AS moment,
                                 1 AS vac, 0 AS bez, 0 AS cm, 0 AS cmap, 0 AS pl, 0 AS plap, 0 AS vv, 0 AS cvo, 0 AS cvb, 0 AS cvl, 0 AS cvt, 0 AS cvn
                            FROM werk_vacature WHERE regio = ?1 AND geopend_op >= ?2 AND geopend_op < ?3
                          UNION ALL
                          SELECT adviseur_id, geregistreerd_op, 0, (soort = 'bezoek')::int, 1, andere_partner::int, 0, 0, 0, 0, 0, 0, 0, 0
                            FROM werk_contactmoment WHERE regio = ?1 AND datum >= ?4 AND datum < ?5
                          UNION ALL
                          SELECT v.accountmanager_id, v.geopend_op, 0, 0, 0, 0, 1, (p.partner <> v.accountmanager_partner)::int, 0, 0, 0, 0, 0, 0
                            FROM werk_plaatsing p JOIN werk_vacature v USING (vacature_id)
                           WHERE p.regio = ?1 AND p.startdatum >= ?4 AND p.startdatum < ?5
                          UNION ALL
                          SELECT c.adviseur_id, c.geregistreerd_op, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0
                            FROM werk_contactmoment c
                           WHERE c.regio = ?1 AND c.vervolg_uiterlijk < ?6 AND c.geregistreerd_op < ?7
                             AND NOT EXISTS (SELECT 1 FROM werk_contactmoment l WHERE l.werkgever_id = c.werkgever_id
                                               AND l.geregistreerd_op > c.geregistreerd_op AND l.geregistreerd_op < ?7)
                          UNION ALL
                          SELECT adviseur_id, ontvangen_op, 0, 0, 0, 0, 0, 0, 0, 1, (beantwoord AND binnen_termijn)::int,
                                 (beantwoord AND NOT binnen_termijn)::int, (termijn_verstreken AND NOT beantwoord)::int,
                                 (NOT beantwoord AND NOT termijn_verstreken)::int
                            FROM werk_contactverzoek WHERE regio = ?1 AND adviseur_id IS NOT NULL AND ontvangen_op >= ?2 AND ontvangen_op < ?3)
                        SELECT f.adviseur_id, l.team_id, sum(vac), sum(bez), sum(cm), sum(cmap), sum(pl), sum(plap), sum(vv),
                               sum(cvo), sum(cvb), sum(cvl), sum(cvt), sum(cvn)
                          FROM f LEFT JOIN LATERAL (SELECT m.team_id FROM team_lidmaatschap m
                                                     WHERE m.adviseur_id = f.adviseur_id AND m.ingedeeld_op <= f.moment
                                                     ORDER BY m.ingedeeld_op DESC LIMIT 1) l ON true
                         GROUP BY f.adviseur_id, l.team_id
                         ORDER BY f.adviseur_id, l.team_id""")
                .setParameter(1, regio).setParameter(2, van).setParameter(3, tot)
                .setParameter(4, p.van()).setParameter(5, p.tot()).setParameter(6, peildatum).setParameter(7, peil)
                .getResultList();
        return rijen.stream().map(r -> {
            long[] n = new long[Maat.values().length];
            for (int i = 0; i < n.length; i++) {
                n[i] = ((Number) r[i + 2]).longValue();
            }
            return new Feit((UUID) r[0], (UUID) r[1], n);
        }).toList();
    }

    /** The units of the region, by name. */
    @SuppressWarnings("unchecked")
    public List<Team> teams(String regio) {
        List<Object[]> rijen = em.createNativeQuery("SELECT team_id, naam FROM team WHERE regio = ?1 ORDER BY naam, team_id")
                .setParameter(1, regio).getResultList();
        return rijen.stream().map(r -> new Team((UUID) r[0], (String) r[1])).toList();
    }

    /** The unit adviser {@code adviseur} belongs to now (its latest membership), if any. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> huidigTeam(UUID adviseur) {
        List<UUID> rijen = em.createNativeQuery("""
                        SELECT team_id FROM team_lidmaatschap WHERE adviseur_id = ?1 ORDER BY ingedeeld_op DESC LIMIT 1""")
                .setParameter(1, adviseur).getResultList();
        return rijen.stream().findFirst();
    }
}
