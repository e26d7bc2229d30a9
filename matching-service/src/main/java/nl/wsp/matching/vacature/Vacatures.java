package nl.wsp.matching.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The open vacancies this service knows from vacancy-service's events, as matching reads them. A vacancy without an
 * ESCO occupation or a work location cannot be matched and is left out. Reading the open vacancy is a phase of every
 * match call that {@code MatchBenchmark} times ("the fixed cost of a match call", docs/performance.md): one JPQL
 * projection over {@link Vacature}, the same single query the native SQL was, with no entity to load or check.
 */
@ApplicationScoped
public class Vacatures {

    private static final String SELECT = """
            select v.id, v.titel, v.escoBeroep, v.vereisteVaardigheden, v.gewensteVaardigheden, coalesce(v.urenPerWeek, 0),
                   v.werklocatieGemeente, v.rijbewijsVereist, v.opleidingsniveau, v.accountmanagerPartner,
                   v.eigenBestandTot, v.breedUitgezet, v.regio
            from Vacature v where v.status = 'open' and v.escoBeroep is not null and v.werklocatieGemeente is not null""";

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

    public Optional<OpenVacature> open(UUID id) {
        return em.createQuery(SELECT + " and v.id = :id", Object[].class).setParameter("id", id).getResultList().stream()
                .findFirst().map(this::vacature);
    }

    public List<OpenVacature> alleOpen() {
        return em.createQuery(SELECT, Object[].class).getResultList().stream().map(this::vacature).toList();
    }

    private OpenVacature vacature(Object[] r) {
        String beroep = (String) r[2];
        Vacatureprofiel profiel = new Vacatureprofiel(beroep, esco.iscoGroep(beroep), verschillend(r[3]), verschillend(r[4]),
                ((Number) r[5]).intValue(), (String) r[6], Boolean.TRUE.equals(r[7]), (String) r[8], (String) r[9]);
        Instant eigenBestandTot = (Instant) r[10];
        boolean fase = !Boolean.TRUE.equals(r[11]) && eigenBestandTot != null && clock.instant().isBefore(eigenBestandTot);
        return new OpenVacature((UUID) r[0], (String) r[1], profiel, fase, (String) r[12]);
    }

    private static Set<String> verschillend(Object array) {
        return array == null ? Set.of() : Set.of(Arrays.stream((String[]) array).distinct().toArray(String[]::new));
    }
}
