package nl.wsp.reporting.doelstelling;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The targets (ADR 0026: loaded and saved through a Panache repository, JPQL). A municipality is looked up in the
 * {@code text[]} with {@code array_position}, which PostgreSQL compares as text; the array operators ({@code &&},
 * {@code @>}) would meet Hibernate's bound arrays as {@code varchar[]} and refuse them.
 */
@ApplicationScoped
public class DoelstellingRepository implements PanacheRepositoryBase<Doelstelling, UUID> {

    /**
     * An existing target that this one would overlap: same region, year, kind and target group (or 'alle' on either
     * side), and the same partner or a municipality in common.
     */
    public Optional<Doelstelling> overlappend(Doelstelling d) {
        Parameters parameters = Parameters.with("regio", d.regio()).and("jaar", d.jaar()).and("soort", d.soort()).and("id", d.id())
                .and("partner", d.partner() == null ? "" : d.partner());
        String doelgroep = "";
        if (!Doelgroepen.ALLE.equals(d.doelgroep())) {
            doelgroep = " and (doelgroep = :doelgroep or doelgroep = 'alle')";
            parameters.and("doelgroep", d.doelgroep());
        }
        List<String> gedeeld = new ArrayList<>();
        for (int i = 0; i < d.gemeenten().size(); i++) {
            gedeeld.add(" or array_position(gemeenten, :gemeente" + i + ") > 0");
            parameters.and("gemeente" + i, d.gemeenten().get(i));
        }
        return find("regio = :regio and jaar = :jaar and soort = :soort and id <> :id" + doelgroep
                        + " and (partner = :partner" + String.join("", gedeeld) + ")",
                Sort.by("gewijzigdOp"), parameters).firstResultOptional();
    }

    /** Targets ordered by region, year, kind, target group and id; {@code regio}, {@code jaar}, {@code soort} may be null. */
    public List<Doelstelling> lijst(String regio, Integer jaar, String soort, int vanaf, int limiet) {
        List<String> voorwaarden = new ArrayList<>();
        if (regio != null) {
            voorwaarden.add("regio = :regio");
        }
        if (jaar != null) {
            voorwaarden.add("jaar = :jaar");
        }
        if (soort != null) {
            voorwaarden.add("soort = :soort");
        }
        var query = getEntityManager().createQuery("from Doelstelling"
                + (voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden))
                + " order by regio, jaar, soort, doelgroep, array_to_string(gemeenten, '|'), partner, id", Doelstelling.class);
        if (regio != null) {
            query.setParameter("regio", regio);
        }
        if (jaar != null) {
            query.setParameter("jaar", jaar);
        }
        if (soort != null) {
            query.setParameter("soort", soort);
        }
        return query.setFirstResult(vanaf).setMaxResults(limiet).getResultList();
    }

    public List<Doelstelling> voorPartner(String partner, int jaar) {
        return list("partner = ?1 and jaar = ?2 and soort = ?3", Sort.by("id"), partner, jaar, Doelstelling.PLAATSINGEN);
    }

    /**
     * The placement targets of a region and year that name this partner or a group holding this municipality (whether the
     * target group counts the placement is for the caller to decide: {@link Doelgroepen#telt}).
     */
    public List<Doelstelling> dekkend(String regio, int jaar, String partner, String gemeente) {
        return list("regio = ?1 and jaar = ?2 and soort = ?3 and (partner = ?4 or array_position(gemeenten, ?5) > 0)", Sort.by("id"),
                regio, jaar, Doelstelling.PLAATSINGEN, partner, gemeente);
    }
}
