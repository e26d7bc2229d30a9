package nl.wsp.matching.instrument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;

/** The pooled regional funds, by region. */
@ApplicationScoped
public class RegiofondsRepository implements PanacheRepositoryBase<Regiofonds, String> {

    /**
     * Sets up a region's fund at a zero balance, once: HQL's {@code insert … on conflict do nothing} creates the row or
     * leaves the existing one in one statement, so of two requests at once exactly one wins (a look-up before
     * {@code persist} would let the second fail on the primary key). False if the region already had a fund.
     */
    boolean richtIn(String regio, BigDecimal bedragPerGeplandePlaatsing) {
        return getEntityManager().createQuery("""
                        insert into Regiofonds (regio, saldo, bedragPerGeplandePlaatsing) values (:regio, :saldo, :bedrag)
                        on conflict do nothing""")
                .setParameter("regio", regio).setParameter("saldo", BigDecimal.ZERO)
                .setParameter("bedrag", bedragPerGeplandePlaatsing).executeUpdate() == 1;
    }

    /** The fund for a change of its balance: the row lock orders two changes of one fund. */
    Regiofonds vergrendel(String regio) {
        return findById(regio, LockModeType.PESSIMISTIC_WRITE);
    }
}
