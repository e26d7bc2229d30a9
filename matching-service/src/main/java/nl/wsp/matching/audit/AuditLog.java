package nl.wsp.matching.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.matching.platform.Trace;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail of a candidate's personal data: who (subject, role, partner), for what purpose, which
 * candidate, when, under which trace id. The table refuses UPDATE, DELETE and TRUNCATE (migration V4).
 */
@ApplicationScoped
public class AuditLog {

    /** Purposes. */
    public static final String AANLEVERING = "aanlevering";
    public static final String BEMIDDELING = "bemiddeling";
    public static final String INZAGE = "inzageverzoek";
    public static final String INTREKKING = "intrekking";
    public static final String WISSING = "wissing";

    private final EntityManager em;
    private final CurrentUser user;
    private final Trace trace;
    private final Clock clock;

    AuditLog(EntityManager em, CurrentUser user, Trace trace, Clock clock) {
        this.em = em;
        this.user = user;
        this.trace = trace;
        this.clock = clock;
    }

    public record Regel(OffsetDateTime tijdstip, String wie, String rol, String partner, String doel, String actie,
                        String traceId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void registreer(UUID kandidaat, String doel, String actie) {
        registreer(List.of(kandidaat), doel, actie);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void registreer(Collection<UUID> kandidaten, String doel, String actie) {
        if (kandidaten.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO kandidaat_audit (tijdstip, wie, rol, partner, doel, actie, kandidaat_id, trace_id)
                        SELECT ?1, ?2, ?3, ?4, ?5, ?6, k, ?7 FROM unnest(cast(?8 AS uuid[])) AS k""")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, user.subject())
                .setParameter(3, rol())
                .setParameter(4, user.partner().orElse(null))
                .setParameter(5, doel)
                .setParameter(6, actie)
                .setParameter(7, trace.traceId())
                .setParameter(8, kandidaten.toArray(UUID[]::new))
                .executeUpdate();
    }

    public String rol() {
        for (String rol : List.of(CurrentUser.BEHEERDER, CurrentUser.PARTNERSYSTEEM, CurrentUser.ADVISEUR, CurrentUser.DASHBOARD)) {
            if (user.is(rol)) {
                return rol;
            }
        }
        return "onbekend";
    }

    public String wie() {
        return user.subject();
    }

    public String traceId() {
        return trace.traceId();
    }

    @SuppressWarnings("unchecked")
    public List<Regel> van(UUID kandidaat) {
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT tijdstip, wie, rol, partner, doel, actie, trace_id FROM kandidaat_audit
                        WHERE kandidaat_id = ?1 ORDER BY id""")
                .setParameter(1, kandidaat).getResultList();
        return rijen.stream().map(r -> new Regel(tijdstip(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6])).toList();
    }

    private static OffsetDateTime tijdstip(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (o instanceof java.time.Instant i) {
            return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
