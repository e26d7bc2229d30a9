package nl.wsp.account.contactverzoek;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactverzoekRepository implements PanacheRepositoryBase<Contactverzoek, UUID> {

    /**
     * Unanswered requests, oldest first. {@code alleenTeLaat}: only those whose 24 hours have passed at {@code nu}.
     */
    public Pagina<Contactverzoek> open(boolean alleenTeLaat, Instant nu, UUID toegewezenAan, String regio, String cursor, int limiet) {
        StringBuilder q = new StringBuilder("beantwoordOp is null");
        Parameters p = new Parameters();
        if (alleenTeLaat) {
            q.append(" and reactieUiterlijk <= :nu");
            p.and("nu", nu);
        }
        if (regio != null) {
            q.append(" and regio = :regio");
            p.and("regio", regio);
        }
        if (toegewezenAan != null) {
            q.append(" and toegewezenAan = :aan");
            p.and("aan", toegewezenAan);
        }
        if (cursor != null) {
            String[] c = Cursor.lees(cursor, 2);
            Instant op;
            try {
                op = Instant.parse(c[0]);
            } catch (DateTimeParseException e) {
                throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
            }
            q.append(" and (ontvangenOp > :cop or (ontvangenOp = :cop and id > :cid))");
            p.and("cop", op).and("cid", Cursor.uuid(c[1]));
        }
        q.append(" order by ontvangenOp, id");
        List<Contactverzoek> rijen = find(q.toString(), p).page(0, limiet + 1).list();
        return Pagina.van(rijen, limiet, v -> Cursor.maak(v.ontvangenOp().toString(), v.id().toString()));
    }

    /** Requests received in [van, tot), of one region (null: every region). */
    public List<Contactverzoek> ontvangenTussen(Instant van, Instant tot, String regio) {
        return regio == null ? list("ontvangenOp >= ?1 and ontvangenOp < ?2", van, tot)
                : list("ontvangenOp >= ?1 and ontvangenOp < ?2 and regio = ?3", van, tot, regio);
    }

    /**
     * How many requests are past their deadline at {@code moment}, unanswered and not yet flagged by the watcher
     * ({@link Reactietermijn}, the frame's {@code wsp.timers.overdue}).
     */
    long teLaatNietGemarkeerd(Instant moment) {
        return count("beantwoordOp is null and termijnVerstrekenOp is null and reactieUiterlijk <= ?1", moment);
    }

    /** When the employer's requests through the website of the last period came in, oldest first (docs/adr/0042). */
    public List<Instant> viaWebsiteSinds(UUID werkgeverId, Instant sinds) {
        return getEntityManager().createQuery("select v.ontvangenOp from Contactverzoek v where v.werkgeverId = :w "
                        + "and v.kanaal = :kanaal and v.ontvangenOp > :sinds order by v.ontvangenOp", Instant.class)
                .setParameter("w", werkgeverId).setParameter("kanaal", Kanaal.WEBSITE).setParameter("sinds", sinds)
                .getResultList();
    }
}
