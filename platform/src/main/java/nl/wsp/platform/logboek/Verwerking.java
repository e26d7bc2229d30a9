package nl.wsp.platform.logboek;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One call of a {@link Persoonsgegevens} operation: its processing activity, its place in the trace (the trace id of
 * a valid {@code traceparent} or a fresh one, a span of its own, the caller's span as parent), who calls, when it began,
 * and which data subjects it has logged so far (each once per call), with their kind and action: if the call fails,
 * those are the subjects its {@code ERROR} rows name.
 */
public final class Verwerking {

    private final Verwerkingsactiviteit activiteit;
    private final String traceId;
    private final String spanId;
    private final String parentSpanId;
    private final String wie;
    private final String rol;
    private final String partner;
    private final Instant begin;
    private final Map<UUID, Gelogd> gelogd = new LinkedHashMap<>();

    /** A data subject this call logged: its kind ({@link Betrokkene#soort()}) and the action (null: not known here). */
    record Gelogd(String soort, String handeling) {
    }

    Verwerking(Verwerkingsactiviteit activiteit, String traceId, String spanId, String parentSpanId, String wie, String rol,
               String partner, Instant begin) {
        this.activiteit = activiteit;
        this.traceId = traceId;
        this.spanId = spanId;
        this.parentSpanId = parentSpanId;
        this.wie = wie;
        this.rol = rol;
        this.partner = partner;
        this.begin = begin;
    }

    public Verwerkingsactiviteit activiteit() {
        return activiteit;
    }

    public String traceId() {
        return traceId;
    }

    public String spanId() {
        return spanId;
    }

    public String parentSpanId() {
        return parentSpanId;
    }

    public String wie() {
        return wie;
    }

    public String rol() {
        return rol;
    }

    public String partner() {
        return partner;
    }

    public Instant begin() {
        return begin;
    }

    /** Records that these subjects (of the default kind) have their row (written by the caller's own SQL, in its transaction). */
    public void gelogd(Iterable<UUID> betrokkenen) {
        betrokkenen.forEach(b -> gelogd.putIfAbsent(b, new Gelogd("", null)));
    }

    void gelogd(Iterable<UUID> betrokkenen, String soort, String handeling) {
        betrokkenen.forEach(b -> gelogd.putIfAbsent(b, new Gelogd(soort, handeling)));
    }

    boolean isGelogd(UUID betrokkene) {
        return gelogd.containsKey(betrokkene);
    }

    Map<UUID, Gelogd> gelogd() {
        return gelogd;
    }
}
