package nl.wsp.platform.logboek;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One call of a {@link Persoonsgegevens} operation: its processing activity, its place in the trace (the trace id of
 * a valid {@code traceparent} or a fresh one, a span of its own, the caller's span as parent), who calls, when it began,
 * and which data subjects it has logged so far (each once per call).
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
    private final Set<UUID> gelogd = new HashSet<>();

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

    /** Records that these subjects have their row (written by the caller's own SQL, in its transaction). */
    public void gelogd(Iterable<UUID> betrokkenen) {
        betrokkenen.forEach(gelogd::add);
    }

    boolean isGelogd(UUID betrokkene) {
        return gelogd.contains(betrokkene);
    }
}
