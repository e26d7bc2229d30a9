package nl.wsp.account.werkgever;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Employers and their account-manager history, in JPQL. The search is {@link WerkgeverZoeken} (native: pg_trgm). The
 * contact moments and requests are named here by entity name only: their packages depend on this one, not back.
 */
@ApplicationScoped
public class WerkgeverRepository implements PanacheRepositoryBase<Werkgever, UUID> {

    /** A company visit, as JPQL writes the constant (stored as its code, {@code bezoek}: V271_15). */
    private static final String BEZOEK = "nl.wsp.account.contactmoment.ContactSoort.BEZOEK";

    public Optional<Werkgever> metKvkNummer(String kvkNummer) {
        return find("kvkNummer", kvkNummer).firstResultOptional();
    }

    /** Company visits of an employer: how many, and the last one. */
    public record Bezoeken(long aantal, LocalDate laatste) {
    }

    public Bezoeken bezoeken(UUID werkgeverId) {
        return getEntityManager().createQuery("""
                        select count(c), max(c.datum) from Contactmoment c
                        where c.werkgeverId = :id and c.soort = %s""".formatted(BEZOEK), Bezoeken.class)
                .setParameter("id", werkgeverId).getSingleResult();
    }

    /** A row of the visit list: an employer to visit and when it was last visited (null: never). */
    public record TeBezoeken(UUID werkgeverId, String naam, String kvkNummer, String vestigingsgemeente,
                             int aantalWerknemers, UUID accountmanagerId, LocalDate laatsteBezoek) {
    }

    /** Rule 2: employers with more than 25 employees not visited since {@code grens} (exclusive). */
    public List<TeBezoeken> nietBezochtSinds(LocalDate grens, UUID accountmanagerId, String regio) {
        String jpql = """
                select w.id, w.naam, w.kvkNummer, w.vestigingsgemeente, w.aantalWerknemers, w.accountmanagerId, b.laatste
                from Werkgever w
                left join (select c.werkgeverId as werkgeverId, max(c.datum) as laatste from Contactmoment c
                           where c.soort = %s group by c.werkgeverId) b on b.werkgeverId = w.id
                where w.aantalWerknemers >= :vanaf and (b.laatste is null or b.laatste <= :grens)
                """.formatted(BEZOEK)
                + (accountmanagerId != null ? " and w.accountmanagerId = :am" : "")
                + (regio != null ? " and w.regio = :regio" : "") + """
                 order by w.accountmanagerId nulls last, b.laatste nulls first, w.naam
                """;
        TypedQuery<TeBezoeken> q = getEntityManager().createQuery(jpql, TeBezoeken.class)
                .setParameter("vanaf", Werkgever.BEZOEKEN_VANAF)
                .setParameter("grens", grens);
        if (accountmanagerId != null) {
            q.setParameter("am", accountmanagerId);
        }
        if (regio != null) {
            q.setParameter("regio", regio);
        }
        return q.getResultList();
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

    /**
     * One account: the employer's unanswered contact requests move to its new account manager (the deadline stays). One
     * bulk update, so a request answered meanwhile is not moved (its {@code beantwoordOp} is checked on the locked row).
     */
    int geefOnbeantwoordeContactverzoekenAan(UUID werkgeverId, UUID accountmanagerId, String partner) {
        return getEntityManager().createQuery("""
                        update Contactverzoek v set v.toegewezenAan = :am, v.partner = :partner
                        where v.werkgeverId = :werkgever and v.beantwoordOp is null""")
                .setParameter("am", accountmanagerId).setParameter("partner", partner).setParameter("werkgever", werkgeverId)
                .executeUpdate();
    }
}
