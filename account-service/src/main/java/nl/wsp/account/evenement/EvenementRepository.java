package nl.wsp.account.evenement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.problem.ApiProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EvenementRepository implements PanacheRepositoryBase<Evenement, UUID> {

    /** Newest first, one keyset page at a time; {@code regio} null is every region (the national beheerder). */
    public Pagina<Evenement> lijst(String regio, EvenementSoort soort, String cursor, int limiet) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> p = new ArrayList<>();
        if (regio != null) {
            p.add(regio);
            q.append(" and regio = ?").append(p.size());
        }
        if (soort != null) {
            p.add(soort);
            q.append(" and soort = ?").append(p.size());
        }
        if (cursor != null) {
            String[] c = Cursor.lees(cursor, 2);
            LocalDate datum;
            try {
                datum = LocalDate.parse(c[0]);
            } catch (DateTimeParseException e) {
                throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
            }
            p.add(datum);
            int d = p.size();
            p.add(Cursor.uuid(c[1]));
            q.append(" and (datum < ?").append(d).append(" or (datum = ?").append(d).append(" and id < ?").append(p.size()).append("))");
        }
        List<Evenement> rijen = find(q + " order by datum desc, id desc", p.toArray()).page(0, limiet + 1).list();
        return Pagina.van(rijen, limiet, e -> Cursor.maak(e.datum().toString(), e.id().toString()));
    }
}
