package nl.wsp.matching.instrument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;

/** The regions' menus, one line per region and kind. */
@ApplicationScoped
public class MenukaartregelRepository implements PanacheRepositoryBase<Menukaartregel, Menukaartregel.Sleutel> {

    /** A region's lines, by kind. */
    List<Menukaartregel> vanRegio(String regio) {
        return list("regio = ?1 order by soort", regio);
    }

    /**
     * The line for a change, created first if it is new: {@code insert … on conflict do nothing} then a row lock, so two
     * requests at once for a new line do not fail on the primary key and the later one's values win.
     */
    Menukaartregel vergrendel(String regio, Instrumentsoort soort) {
        getEntityManager().createQuery("""
                        insert into Menukaartregel (regio, soort, aangeboden, vastgesteldDoor, vastgesteldOp)
                        values (:regio, :soort, false, 'systeem', :op) on conflict do nothing""")
                .setParameter("regio", regio).setParameter("soort", soort.code())
                .setParameter("op", java.time.Instant.EPOCH).executeUpdate();
        return findById(new Menukaartregel.Sleutel(regio, soort), LockModeType.PESSIMISTIC_WRITE);
    }
}
