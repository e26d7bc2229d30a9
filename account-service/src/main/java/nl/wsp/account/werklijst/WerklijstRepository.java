package nl.wsp.account.werklijst;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.account.contactmoment.Contactmoment;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The queries of the account manager's work list (JPQL over contact moments, employers and advisers), and the mark. */
@ApplicationScoped
public class WerklijstRepository implements PanacheRepositoryBase<LaatstGezien, UUID> {

    /**
     * Follow-up promises the adviser made whose due date ({@code vervolgUiterlijk}) lies before {@code vandaag} and after
     * which no later contact with that employer was registered (the next contact is the follow-up). Oldest due first.
     */
    public Pagina<Contactmoment> verlopenVervolgafspraken(UUID adviseur, LocalDate vandaag, String cursor, int limiet) {
        String q = """
                select c from Contactmoment c
                 where c.adviseurId = :adviseur and c.vervolgUiterlijk < :vandaag
                   and not exists (select 1 from Contactmoment l where l.werkgeverId = c.werkgeverId and l.geregistreerdOp > c.geregistreerdOp)
                """;
        var query = getEntityManager().createQuery(q + vanaf(cursor, "c.vervolgUiterlijk") + " order by c.vervolgUiterlijk, c.id", Contactmoment.class)
                .setParameter("adviseur", adviseur).setParameter("vandaag", vandaag);
        if (cursor != null) {
            String[] c = Cursor.lees(cursor, 2);
            query.setParameter("cop", datum(c[0])).setParameter("cid", Cursor.uuid(c[1]));
        }
        List<Contactmoment> rijen = query.setMaxResults(limiet + 1).getResultList();
        return Pagina.van(rijen, limiet, m -> Cursor.maak(m.vervolgUiterlijk().toString(), m.id().toString()));
    }

    /**
     * Contact moments registered after {@code sinds} (null: all) by advisers of another partner than {@code partner}, with
     * employers whose account manager is {@code adviseur}. Oldest first.
     */
    public Pagina<Contactmoment> contactenVanAnderePartners(UUID adviseur, String partner, Instant sinds, String cursor, int limiet) {
        String q = """
                select c from Contactmoment c, Werkgever w, Adviseur a
                 where w.id = c.werkgeverId and a.id = c.adviseurId
                   and w.accountmanagerId = :adviseur and a.partnerCode <> :partner
                """ + (sinds == null ? "" : " and c.geregistreerdOp > :sinds");
        var query = getEntityManager().createQuery(q + vanaf(cursor, "c.geregistreerdOp") + " order by c.geregistreerdOp, c.id", Contactmoment.class)
                .setParameter("adviseur", adviseur).setParameter("partner", partner);
        if (sinds != null) {
            query.setParameter("sinds", sinds);
        }
        if (cursor != null) {
            String[] c = Cursor.lees(cursor, 2);
            query.setParameter("cop", tijdstip(c[0])).setParameter("cid", Cursor.uuid(c[1]));
        }
        List<Contactmoment> rijen = query.setMaxResults(limiet + 1).getResultList();
        return Pagina.van(rijen, limiet, m -> Cursor.maak(m.geregistreerdOp().toString(), m.id().toString()));
    }

    private static String vanaf(String cursor, String kolom) {
        return cursor == null ? "" : " and (" + kolom + " > :cop or (" + kolom + " = :cop and c.id > :cid))";
    }

    private static LocalDate datum(String waarde) {
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }

    private static Instant tijdstip(String waarde) {
        try {
            return Instant.parse(waarde);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }
}
