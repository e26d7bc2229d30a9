package nl.wsp.account.contactmoment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactmomentRepository implements PanacheRepositoryBase<Contactmoment, UUID> {

    /** Newest first, one keyset page at a time. */
    public Pagina<Contactmoment> vanWerkgever(UUID werkgeverId, String cursor, int limiet) {
        List<Contactmoment> rijen;
        if (cursor == null) {
            rijen = find("werkgeverId = ?1 order by datum desc, id desc", werkgeverId).page(0, limiet + 1).list();
        } else {
            String[] c = Cursor.lees(cursor, 2);
            LocalDate datum;
            try {
                datum = LocalDate.parse(c[0]);
            } catch (java.time.format.DateTimeParseException e) {
                throw nl.wsp.platform.problem.ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
            }
            UUID id = Cursor.uuid(c[1]);
            rijen = find("werkgeverId = ?1 and (datum < ?2 or (datum = ?2 and id < ?3)) order by datum desc, id desc",
                    werkgeverId, datum, id).page(0, limiet + 1).list();
        }
        return Pagina.van(rijen, limiet, m -> Cursor.maak(m.datum().toString(), m.id().toString()));
    }
}
