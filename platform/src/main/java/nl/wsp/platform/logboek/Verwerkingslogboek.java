package nl.wsp.platform.logboek;

import jakarta.annotation.Nullable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import nl.wsp.platform.PlatformConfig;
import nl.wsp.platform.privacy.TraceIds;
import nl.wsp.platform.time.TimeSource;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processing log of the service ("Logboek dataverwerkingen", docs/adr/0016-verwerkingslogboek.md), in table
 * {@code verwerkingslogboek} (migration {@code db/platform/logboek}). A row per action on one data subject: the trace
 * and span, the processing activity with its purpose and legal basis (from the service's register in
 * {@code wsp.privacy.activiteiten}), the data subject's pseudonymous id, who (sub, role, partner), when (the injected
 * clock), and the outcome: {@code OK}, or {@code ERROR} for a call that failed ({@link #registreerFout}).
 * <p>
 * Writes log in their own transaction ({@link #registreer}); reads are logged by {@link PersoonsgegevensInterceptor}
 * from the answer. Both happen inside a {@link Persoonsgegevens} call: logging outside one is a programming error.
 */
@ApplicationScoped
public class Verwerkingslogboek {

    private static final ThreadLocal<Deque<Verwerking>> LOPEND = ThreadLocal.withInitial(ArrayDeque::new);

    private static final String INSERT = """
            INSERT INTO verwerkingslogboek (trace_id, span_id, parent_span_id, handeling, status, begintijd, eindtijd, dienst,
                activiteit, activiteit_id, activiteit_naam, doel, grondslag, betrokkene, betrokkene_type, wie, rol, partner)
            SELECT ?1, ?2, ?3, ?4, ?18, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, b, ?16, ?13, ?14, ?15
            FROM unnest(cast(?17 AS uuid[])) AS b""";

    /** The row of a failed call that had named no data subject yet: no {@code betrokkene} (V170_5). */
    private static final String INSERT_ZONDER_BETROKKENE = """
            INSERT INTO verwerkingslogboek (trace_id, span_id, parent_span_id, handeling, status, begintijd, eindtijd, dienst,
                activiteit, activiteit_id, activiteit_naam, doel, grondslag, wie, rol, partner)
            VALUES (?1, ?2, ?3, ?4, 'ERROR', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)""";

    /** One row as an inzage answer shows it. {@code doel} is the activity's key (as the audit trail always named it). */
    public record Regel(OffsetDateTime tijdstip, String wie, String rol, @Nullable String partner, String doel, String actie,
                        String traceId, String spanId, String status, String dienst, String verwerkingsactiviteit,
                        String verwerkingsactiviteitId, String doeleinde, String grondslag) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final Config config;
    private final String dienst;
    private final Map<String, Verwerkingsactiviteit> register = new ConcurrentHashMap<>();

    Verwerkingslogboek(EntityManager em, Clock clock, Config config, PlatformConfig platform) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.dienst = platform.service();
    }

    /** The activity {@code sleutel} of the register; a key the register lacks is a programming error. */
    public Verwerkingsactiviteit activiteit(String sleutel) {
        return register.computeIfAbsent(sleutel, k -> {
            String prefix = "wsp.privacy.activiteiten." + k + ".";
            Optional<String> naam = config.getOptionalValue(prefix + "naam", String.class);
            Optional<String> doel = config.getOptionalValue(prefix + "doel", String.class);
            Optional<String> grondslag = config.getOptionalValue(prefix + "grondslag", String.class);
            if (naam.isEmpty() || doel.isEmpty() || grondslag.isEmpty()) {
                throw new IllegalStateException("processing activity '" + k + "' is not in the register: set "
                        + prefix + "naam, " + prefix + "doel and " + prefix + "grondslag");
            }
            String id = config.getOptionalValue(prefix + "id", String.class)
                    .orElse("urn:nl:wsp:verwerkingsactiviteit:" + dienst + ":" + k);
            return new Verwerkingsactiviteit(k, id, naam.get(), doel.get(), grondslag.get());
        });
    }

    /** The call under way on this thread; empty outside a {@link Persoonsgegevens} operation. */
    public Optional<Verwerking> lopend() {
        return Optional.ofNullable(LOPEND.get().peek());
    }

    /** The call under way; refused outside a {@link Persoonsgegevens} operation, so no write goes unlogged. */
    public Verwerking huidige() {
        return lopend().orElseThrow(() -> new IllegalStateException(
                "personal data processed outside a @Persoonsgegevens operation: annotate the operation"));
    }

    /**
     * Work the service does of its own accord, outside any request (a scheduled job such as the retention job): logged
     * under {@code activiteit} of the register, by the service itself ({@code wie} = the service, {@code rol} systeem),
     * in a trace of its own.
     */
    public <T> T doorDeDienst(String activiteit, Supplier<T> werk) {
        Verwerking v = begin(activiteit(activiteit), null, dienst, "systeem", null);
        try {
            return werk.get();
        } finally {
            einde(v);
        }
    }

    Verwerking begin(Verwerkingsactiviteit activiteit, String traceparent, String wie, String rol, String partner) {
        Verwerking v = new Verwerking(activiteit, TraceIds.uitTraceparent(traceparent), TraceIds.nieuweSpan(),
                TraceIds.ouderSpan(traceparent), wie, rol, partner, clock.instant());
        LOPEND.get().push(v);
        return v;
    }

    void einde(Verwerking v) {
        Deque<Verwerking> stapel = LOPEND.get();
        stapel.remove(v);
        if (stapel.isEmpty()) {
            LOPEND.remove();
        }
    }

    /** Logs {@code handeling} on this data subject in the caller's transaction (a write: the row commits with it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registreer(UUID betrokkene, String handeling) {
        registreer(List.of(betrokkene), handeling);
    }

    /** Logs {@code handeling} on each of these data subjects (once per call) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registreer(Collection<UUID> betrokkenen, String handeling) {
        registreer(betrokkenen, "", handeling);
    }

    /**
     * Logs {@code handeling} on this data subject of kind {@code soort} ({@link Betrokkene#soort()}: an adviser, an
     * employer, …) in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registreer(UUID betrokkene, String soort, String handeling) {
        registreer(List.of(betrokkene), soort, handeling);
    }

    /** Logs {@code handeling} on each of these data subjects of kind {@code soort} (once per call) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registreer(Collection<UUID> betrokkenen, String soort, String handeling) {
        Verwerking v = huidige();
        Set<UUID> nieuw = new LinkedHashSet<>();
        for (UUID b : betrokkenen) {
            if (b != null && !v.isGelogd(b)) {
                nieuw.add(b);
            }
        }
        if (nieuw.isEmpty()) {
            return;
        }
        schrijf(v, nieuw, soort, handeling, "OK");
        v.gelogd(nieuw, soort, handeling);
    }

    /**
     * The rows of a call that failed (an exception left the operation): status {@code ERROR}, in a transaction of
     * their own, since the call's rolls back. One per data subject the call had logged before it failed, with the
     * action it had logged; none logged, one row without a data subject (a refusal, bad input, a failure before the
     * call named anyone). The rows hold what every row holds — trace, activity, who, when — and nothing of the failure
     * itself: an exception's message can quote personal data.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void registreerFout(Verwerking v, String handeling) {
        if (v.gelogd().isEmpty()) {
            regel(INSERT_ZONDER_BETROKKENE, v, handeling).executeUpdate();
            return;
        }
        Map<List<String>, Set<UUID>> groepen = new java.util.LinkedHashMap<>();
        v.gelogd().forEach((b, g) -> groepen.computeIfAbsent(
                List.of(g.soort(), g.handeling() == null ? handeling : g.handeling()), k -> new LinkedHashSet<>()).add(b));
        groepen.forEach((k, betrokkenen) -> schrijf(v, betrokkenen, k.get(0), k.get(1), "ERROR"));
    }

    private void schrijf(Verwerking v, Set<UUID> betrokkenen, String soort, String handeling, String status) {
        regel(INSERT, v, handeling)
                .setParameter(16, betrokkeneType(soort))
                .setParameter(17, betrokkenen.toArray(UUID[]::new))
                .setParameter(18, status)
                .executeUpdate();
    }

    /**
     * Binds what every row of the call holds, parameters 1 to 15 of both inserts: trace, span, parent span, the action,
     * begin and end, the service, the activity (key, id, name, purpose, legal basis), who, role and partner.
     */
    private Query regel(String sql, Verwerking v, String handeling) {
        Verwerkingsactiviteit a = v.activiteit();
        return em.createNativeQuery(sql)
                .setParameter(1, v.traceId())
                .setParameter(2, v.spanId())
                .setParameter(3, v.parentSpanId())
                .setParameter(4, handeling)
                .setParameter(5, utc(v.begin()))
                .setParameter(6, utc(clock.instant()))
                .setParameter(7, dienst)
                .setParameter(8, a.sleutel())
                .setParameter(9, a.id())
                .setParameter(10, a.naam())
                .setParameter(11, a.doel())
                .setParameter(12, a.grondslag())
                .setParameter(13, v.wie())
                .setParameter(14, v.rol())
                .setParameter(15, v.partner());
    }

    /**
     * The columns of a row of the call under way, except {@code handeling} and {@code betrokkene}, for a service that
     * writes its rows in its own statement (a bulk write in one round trip); it then tells the call which subjects
     * it logged ({@link Verwerking#gelogd}). Keys are the column names; times are ISO instants.
     */
    public Map<String, String> kolommen() {
        Verwerking v = huidige();
        Verwerkingsactiviteit a = v.activiteit();
        Map<String, String> k = new java.util.LinkedHashMap<>();
        k.put("trace_id", v.traceId());
        k.put("span_id", v.spanId());
        k.put("parent_span_id", v.parentSpanId());
        k.put("begintijd", v.begin().toString());
        k.put("eindtijd", clock.instant().toString());
        k.put("dienst", dienst);
        k.put("activiteit", a.sleutel());
        k.put("activiteit_id", a.id());
        k.put("activiteit_naam", a.naam());
        k.put("doel", a.doel());
        k.put("grondslag", a.grondslag());
        k.put("betrokkene_type", betrokkeneType());
        k.put("wie", v.wie());
        k.put("rol", v.rol());
        k.put("partner", v.partner());
        return k;
    }

    /** {@code dpl.core.data_subject_id_type}: what kind of id {@code betrokkene} is ({@code wsp.privacy.betrokkene-type}). */
    public String betrokkeneType() {
        return config.getOptionalValue("wsp.privacy.betrokkene-type", String.class).orElse("urn:nl:wsp:" + dienst + ":id");
    }

    /**
     * {@code dpl.core.data_subject_id_type} of a kind of data subject: {@code urn:nl:wsp:<service>:<soort>-id}, or for
     * the empty kind the service's default ({@link #betrokkeneType()}).
     */
    public String betrokkeneType(String soort) {
        if (soort == null || soort.isEmpty()) {
            return betrokkeneType();
        }
        if (!soort.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a kind of data subject is lower-case kebab-case: " + soort);
        }
        return "urn:nl:wsp:" + dienst + ":" + soort + "-id";
    }

    public String dienst() {
        return dienst;
    }

    /** Every row on this data subject, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Regel> van(UUID betrokkene) {
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT begintijd, wie, rol, partner, activiteit, handeling, trace_id, span_id, status, dienst,
                               activiteit_naam, activiteit_id, doel, grondslag
                        FROM verwerkingslogboek WHERE betrokkene = ?1 ORDER BY id""")
                .setParameter(1, betrokkene).getResultList();
        return rijen.stream().map(r -> new Regel(tijdstip(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], (String) r[12], (String) r[13])).toList();
    }

    /** The retention period of the log: {@code wsp.privacy.bewaartermijn.logboek}, an ISO period (default P2Y, ADR 0016). */
    public Period bewaartermijn() {
        return config.getOptionalValue("wsp.privacy.bewaartermijn.logboek", String.class).map(Period::parse)
                .orElse(Period.ofYears(2));
    }

    /**
     * Deletes up to {@code batch} rows whose action ended before the retention period, by the injected clock, and
     * answers how many. Rows taken by another replica at the same moment are skipped, not waited for. The table's
     * trigger lets only this statement delete, and only rows older than the moment it names.
     */
    @Transactional
    public int ruimOp(int batch) {
        Instant grens = clock.instant().atZone(TimeSource.ZONE).minus(bewaartermijn()).toInstant();
        em.createNativeQuery("SELECT set_config('wsp.bewaartermijn_grens', ?1, true)").setParameter(1, grens.toString())
                .getSingleResult();
        return em.createNativeQuery("""
                        DELETE FROM verwerkingslogboek WHERE id IN (
                            SELECT id FROM verwerkingslogboek WHERE eindtijd < ?1 ORDER BY eindtijd
                            LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, utc(grens)).setParameter(2, batch).executeUpdate();
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static OffsetDateTime tijdstip(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (o instanceof Instant i) {
            return utc(i);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
