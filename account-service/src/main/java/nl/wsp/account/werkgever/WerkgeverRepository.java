package nl.wsp.account.werkgever;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WerkgeverRepository implements PanacheRepositoryBase<Werkgever, UUID> {

    /** What a search may filter on; null means "any". */
    public record Zoekvraag(String kvkNummer, String naam, String gemeente, String sector, UUID accountmanagerId,
                            Boolean bediend, Boolean keyAccount, Boolean smaakmaker, String regio) {
    }

    public Optional<Werkgever> metKvkNummer(String kvkNummer) {
        return find("kvkNummer", kvkNummer).firstResultOptional();
    }

    /**
     * Search, ordered by name then id, one keyset page at a time. The name is matched forgivingly: case and accents
     * are ignored (unaccent) and small typos still match (pg_trgm word similarity, GIN-indexed), as does any part of it.
     */
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
        Query q = getEntityManager().createNativeQuery(sql.toString(), Werkgever.class);
        p.forEach(q::setParameter);
        List<Werkgever> rijen = q.getResultList();
        return Pagina.van(rijen, limiet, w -> Cursor.maak(w.naam(), w.id().toString()));
    }

    /** Company visits of an employer: how many, and the last one. */
    public record Bezoeken(long aantal, LocalDate laatste) {
    }

    public Bezoeken bezoeken(UUID werkgeverId) {
        Object[] r = (Object[]) getEntityManager().createNativeQuery(
                        "select count(*), max(datum) from contactmoment where werkgever_id = :id and soort = 'BEZOEK'")
                .setParameter("id", werkgeverId).getSingleResult();
        return new Bezoeken(((Number) r[0]).longValue(), datum(r[1]));
    }

    /** A row of the visit list: an employer to visit and when it was last visited (null: never). */
    public record TeBezoeken(UUID werkgeverId, String naam, String kvkNummer, String vestigingsgemeente,
                             int aantalWerknemers, UUID accountmanagerId, LocalDate laatsteBezoek) {
    }

    /** Rule 2: employers with more than 25 employees not visited since {@code grens} (exclusive). */
    @SuppressWarnings("unchecked")
    public List<TeBezoeken> nietBezochtSinds(LocalDate grens, UUID accountmanagerId, String regio) {
        String sql = """
                select w.id, w.naam, w.kvk_nummer, w.vestigingsgemeente, w.aantal_werknemers, w.accountmanager_id, b.laatste
                from werkgever w
                left join (select werkgever_id, max(datum) as laatste from contactmoment where soort = 'BEZOEK'
                           group by werkgever_id) b on b.werkgever_id = w.id
                where w.aantal_werknemers >= :vanaf and (b.laatste is null or b.laatste <= :grens)
                """ + (accountmanagerId != null ? " and w.accountmanager_id = :am" : "")
                + (regio != null ? " and w.regio = :regio" : "") + """
                 order by w.accountmanager_id nulls last, b.laatste nulls first, w.naam
                """;
        Query q = getEntityManager().createNativeQuery(sql)
                .setParameter("vanaf", Werkgever.BEZOEKEN_VANAF)
                .setParameter("grens", grens);
        if (accountmanagerId != null) {
            q.setParameter("am", accountmanagerId);
        }
        if (regio != null) {
            q.setParameter("regio", regio);
        }
        List<TeBezoeken> uit = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            uit.add(new TeBezoeken((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                    (UUID) r[5], datum(r[6])));
        }
        return uit;
    }

    public List<AccountmanagerToewijzing> geschiedenis(UUID werkgeverId) {
        return getEntityManager().createQuery(
                        "from AccountmanagerToewijzing where werkgeverId = :id order by volgnummer", AccountmanagerToewijzing.class)
                .setParameter("id", werkgeverId).getResultList();
    }

    long volgendVolgnummer(UUID werkgeverId) {
        Number max = (Number) getEntityManager().createQuery(
                        "select coalesce(max(t.volgnummer), 0) from AccountmanagerToewijzing t where t.werkgeverId = :id")
                .setParameter("id", werkgeverId).getSingleResult();
        return max.longValue() + 1;
    }

    private static LocalDate datum(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((Date) o).toLocalDate();
    }
}
