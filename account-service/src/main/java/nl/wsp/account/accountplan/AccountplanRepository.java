package nl.wsp.account.accountplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountplanRepository implements PanacheRepositoryBase<Accountplan, UUID> {

    public Optional<Accountplan> van(UUID werkgeverId) {
        return find("werkgeverId", werkgeverId).firstResultOptional();
    }

    /**
     * The plans of the employers {@code accountmanager} is account manager of now whose review date lies before
     * {@code vandaag}; oldest review first.
     */
    public Pagina<Accountplan> teHerzien(UUID accountmanager, LocalDate vandaag, String cursor, int limiet) {
        String q = """
                select p from Accountplan p
                 where p.herzieningsdatum < :vandaag
                   and exists (select 1 from Werkgever w where w.id = p.werkgeverId and w.accountmanagerId = :am)""";
        if (cursor != null) {
            q += " and (p.herzieningsdatum > :cd or (p.herzieningsdatum = :cd and p.id > :cid))";
        }
        var query = getEntityManager().createQuery(q + " order by p.herzieningsdatum, p.id", Accountplan.class)
                .setParameter("vandaag", vandaag).setParameter("am", accountmanager);
        if (cursor != null) {
            String[] c = Cursor.lees(cursor, 2);
            query.setParameter("cd", datum(c[0])).setParameter("cid", Cursor.uuid(c[1]));
        }
        List<Accountplan> rijen = query.setMaxResults(limiet + 1).getResultList();
        return Pagina.van(rijen, limiet, p -> Cursor.maak(p.herzieningsdatum().toString(), p.id().toString()));
    }

    private static LocalDate datum(String waarde) {
        try {
            return LocalDate.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            throw nl.wsp.platform.problem.ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }
}
