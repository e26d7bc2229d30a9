package nl.wsp.account.werkgever;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The employer search ({@code GET /api/v1/werkgevers}), the one native query of the employers (ADR 0026). The name is
 * matched forgivingly: case and accents are ignored ({@code wsp_zoeknaam}, the {@code IMMUTABLE} wrapper of unaccent)
 * and small typos still match (pg_trgm word similarity {@code %>}), as does any part of it, both over the GIN trigram
 * index of V3. JPQL has no form for the {@code %>} operator, and the index only serves the expression as written here.
 * Measured by {@code AccountBenchmark} in docs/performance.md ("forgiving name search over 10,000 employers").
 */
@ApplicationScoped
public class WerkgeverZoeken {

    /** What a search may filter on; null means "any". */
    public record Zoekvraag(String kvkNummer, String naam, String gemeente, String sector, UUID accountmanagerId,
                            Boolean bediend, Boolean keyAccount, Boolean smaakmaker, String regio) {
    }

    private final EntityManager em;

    WerkgeverZoeken(EntityManager em) {
        this.em = em;
    }

    /** Search, ordered by name then id, one keyset page at a time. */
    @SuppressWarnings("unchecked")
    public Pagina<Werkgever> zoek(Zoekvraag z, String cursor, int limiet) {
        StringBuilder sql = new StringBuilder("select w.* from werkgever w where true");
        Map<String, Object> p = new HashMap<>();
        if (z.regio() != null) {
            sql.append(" and w.regio = :regio");
            p.put("regio", z.regio());
        }
        if (z.kvkNummer() != null) {
            sql.append(" and w.kvk_nummer = :kvk");
            p.put("kvk", z.kvkNummer());
        }
        if (z.naam() != null && !z.naam().isBlank()) {
            // both arms can use the GIN trigram index (a BitmapOr); %> is word similarity, LIKE catches any part
            sql.append(" and (wsp_zoeknaam(w.naam) %> wsp_zoeknaam(:naam)"
                    + " or wsp_zoeknaam(w.naam) like '%' || wsp_zoeknaam(:naamdeel) || '%')");
            String naam = z.naam().trim();
            p.put("naam", naam);
            p.put("naamdeel", naam.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        if (z.gemeente() != null) {
            sql.append(" and lower(w.vestigingsgemeente) = lower(:gemeente)");
            p.put("gemeente", z.gemeente());
        }
        if (z.sector() != null) {
            sql.append(" and w.sector = :sector");
            p.put("sector", z.sector());
        }
        if (z.accountmanagerId() != null) {
            sql.append(" and w.accountmanager_id = :am");
            p.put("am", z.accountmanagerId());
        }
        if (z.bediend() != null) {
            sql.append(z.bediend() ? " and w.aantal_werknemers >= " : " and w.aantal_werknemers < ").append(Werkgever.BEDIEND_VANAF);
        }
        if (z.keyAccount() != null) {
            sql.append(" and w.key_account = :ka");
            p.put("ka", z.keyAccount());
        }
        if (z.smaakmaker() != null) {
            sql.append(" and w.smaakmaker = :sm");
            p.put("sm", z.smaakmaker());
        }
        if (cursor != null) {
            String[] c = Cursor.lees(cursor, 2);
            sql.append(" and (w.naam, w.id) > (:cnaam, :cid)");
            p.put("cnaam", c[0]);
            p.put("cid", Cursor.uuid(c[1]));
        }
        sql.append(" order by w.naam, w.id limit :limiet");
        p.put("limiet", limiet + 1);
        Query q = em.createNativeQuery(sql.toString(), Werkgever.class);
        p.forEach(q::setParameter);
        List<Werkgever> rijen = q.getResultList();
        return Pagina.van(rijen, limiet, w -> Cursor.maak(w.naam(), w.id().toString()));
    }
}
