package nl.wsp.reporting.indicatordoel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The indicator targets (ADR 0026: a Panache repository, JPQL). */
@ApplicationScoped
public class IndicatordoelRepository implements PanacheRepositoryBase<Indicatordoel, UUID> {

    /** The target of this key other than {@code id}, if any. */
    public Optional<Indicatordoel> zelfdeSleutel(Indicatordoel d) {
        return find("regio = :regio and jaar = :jaar and indicator = :indicator and sector = :sector and id <> :id",
                Parameters.with("regio", d.regio()).and("jaar", d.jaar()).and("indicator", d.indicator())
                        .and("sector", d.sector() == null ? Indicatordoel.HELE_REGIO : d.sector()).and("id", d.id()))
                .firstResultOptional();
    }

    /** A region's targets, optionally of one year, indicator or sector ({@code ""}: the whole region); in order. */
    public List<Indicatordoel> lijst(String regio, Integer jaar, String indicator, String sector) {
        StringBuilder q = new StringBuilder("regio = :regio");
        Parameters p = Parameters.with("regio", regio);
        if (jaar != null) {
            q.append(" and jaar = :jaar");
            p.and("jaar", jaar);
        }
        if (indicator != null) {
            q.append(" and indicator = :indicator");
            p.and("indicator", indicator);
        }
        if (sector != null) {
            q.append(" and sector = :sector");
            p.and("sector", sector);
        }
        return list(q.toString(), Sort.by("jaar").and("sector").and("indicator").and("id"), p);
    }

    /** The targets of a sector's plan: one sector, region and year. */
    public List<Indicatordoel> vanSector(String regio, int jaar, String sector) {
        return list("regio = ?1 and jaar = ?2 and sector = ?3", Sort.by("indicator"), regio, jaar, sector);
    }

    /** The sector plans of a region and year: every target that names a sector. */
    public List<Indicatordoel> sectorplannen(String regio, int jaar) {
        return list("regio = ?1 and jaar = ?2 and sector <> ''", Sort.by("sector").and("indicator"), regio, jaar);
    }
}
