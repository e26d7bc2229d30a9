package nl.wsp.matching.instrument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.jpa.AvailableHints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The deployment requests. */
@ApplicationScoped
public class InstrumentInzetRepository implements PanacheRepositoryBase<InstrumentInzet, UUID> {

    /** The lock timeout that Hibernate renders as {@code SKIP LOCKED} on PostgreSQL. */
    private static final int SKIP_LOCKED = -2;

    /** A request for a decision: the row lock orders a decision and the deadline job on one request. */
    InstrumentInzet vergrendel(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Up to {@code n} open requests whose deadline passed, oldest deadline first, locked with {@code SKIP LOCKED}: a
     * second replica's deadline job takes other rows instead of waiting for these.
     */
    List<InstrumentInzet> teVerlopen(Instant nu, int n) {
        return find("status = ?1 and beslissenVoor <= ?2 order by beslissenVoor", InstrumentInzet.Status.AANGEVRAAGD, nu)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, SKIP_LOCKED)
                .page(0, n).list();
    }

    /** How many open requests are due at or before {@code moment} (the frame's overdue timer). */
    long openTot(Instant moment) {
        return count("status = ?1 and beslissenVoor <= ?2", InstrumentInzet.Status.AANGEVRAAGD, moment);
    }

    /** Every request for this candidate, oldest first. */
    List<InstrumentInzet> vanKandidaat(UUID kandidaatId) {
        return list("kandidaatId = ?1 order by aangevraagdOp, id", kandidaatId);
    }

    /**
     * One page of requests (oldest first, from after the cursor's request), filtered: those {@code zichtbaarVoor} pays
     * for or asked for (null: all), those {@code betalendePartner} pays for, those with {@code status} (each null: any).
     */
    List<InstrumentInzet> pagina(String zichtbaarVoor, String betalendePartner, InstrumentInzet.Status status,
                                 Instant naOp, UUID naId, int n) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (zichtbaarVoor != null) {
            jpql.append(" and (betalendePartner = :eigen or aanvragerPartner = :eigen)");
            parameters.and("eigen", zichtbaarVoor);
        }
        if (betalendePartner != null) {
            jpql.append(" and betalendePartner = :partner");
            parameters.and("partner", betalendePartner);
        }
        if (status != null) {
            jpql.append(" and status = :status");
            parameters.and("status", status);
        }
        if (naOp != null) {
            jpql.append(" and (aangevraagdOp > :op or (aangevraagdOp = :op and id > :id))");
            parameters.and("op", naOp).and("id", naId);
        }
        return find(jpql.append(" order by aangevraagdOp, id").toString(), parameters).range(0, n - 1).list();
    }

    /** The requests of a region that fell outside its menu on an MT exception (issue 18), oldest first. */
    /** The deployments a region's fund pays (ADR 0036: its manager decides them), oldest first, optionally of one status. */
    List<InstrumentInzet> vanFonds(String regio, InstrumentInzet.Status status) {
        return status == null
                ? list("fondsRegio = ?1 and bedrag is not null order by aangevraagdOp, id", regio)
                : list("fondsRegio = ?1 and bedrag is not null and status = ?2 order by aangevraagdOp, id", regio, status);
    }

    List<InstrumentInzet> afwijkingenVan(String regio) {
        return list("regio = ?1 and afwijkingGoedgekeurdDoor is not null order by aangevraagdOp, id", regio);
    }

    /**
     * Erasure: the decision's free-text reason (and an MT exception's reason) goes and the request is kept under the erasure's new random id instead of
     * the erased one (amount, kind, status and dates stay for the paying partner's accounts).
     */
    int wisKandidaat(UUID kandidaatId, UUID vervangendeId) {
        return update("besluitReden = null, afwijkingReden = null, kandidaatId = ?2, versie = versie + 1 where kandidaatId = ?1",
                kandidaatId, vervangendeId);
    }
}
