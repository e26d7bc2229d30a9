package nl.wsp.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.wsp.platform.privacy.Bsn;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Carries a trace through the outbox and the inbox with the CloudEvents distributed-tracing extension: an event
 * appended while a span is current (an HTTP request, a scheduler) gets that span's W3C {@code traceparent}; a consumer
 * that takes an event with one continues that trace for the rest of its transaction, so the events it appends in turn
 * carry the same trace. No span, no attribute: the SDK switched off locally ({@code quarkus.otel.sdk.disabled}) writes
 * none. A caller chooses the trace id of its request and can spell a BSN in its hex digits (ADR 0012): a traceparent
 * that holds a BSN-like run is never written into an event nor continued, so the trace breaks there instead.
 */
@ApplicationScoped
public class EventTrace {

    private static final Object INBOUND = EventTrace.class.getName() + ".inbound";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;
    private final TransactionSynchronizationRegistry transactions;

    EventTrace(Tracer tracer, TransactionSynchronizationRegistry transactions) {
        this.tracer = tracer;
        this.transactions = transactions;
    }

    /**
     * The {@code traceparent} for an event appended now, in the caller's transaction: the trace of the event this
     * transaction consumes, if any, else the current span's; empty when there is no valid one.
     */
    public Optional<String> traceparent() {
        Object inbound = transactions.getTransactionKey() == null ? null : transactions.getResource(INBOUND);
        Span span = inbound instanceof Span s ? s : Span.current();
        Map<String, String> carrier = new HashMap<>();
        if (span.getSpanContext().isValid()) {
            W3C.inject(Context.root().with(span), carrier, Map::put);
        }
        return Optional.ofNullable(carrier.get("traceparent")).filter(t -> !Bsn.komtVoorIn(t));
    }

    /**
     * Continues the trace of a consumed event in the caller's transaction: a consumer span, child of the producer's
     * span named by {@code traceparent}, that ends with the transaction. An absent or malformed value changes nothing.
     */
    public void continueFrom(String traceparent, String type) {
        if (traceparent == null || Bsn.komtVoorIn(traceparent) || transactions.getTransactionKey() == null) {
            return;
        }
        Context parent = W3C.extract(Context.root(), Map.of("traceparent", traceparent), MAP);
        SpanContext remote = Span.fromContext(parent).getSpanContext();
        if (!remote.isValid()) {
            return;
        }
        Span span = tracer.spanBuilder("process " + type).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.operation", "process").setAttribute("cloudevents.event_type", type)
                .startSpan();
        transactions.putResource(INBOUND, span);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                span.end();
            }
        });
    }

    /** The trace id of a {@code traceparent}, or empty when it is not a valid one. */
    public static Optional<String> traceId(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        SpanContext context = Span.fromContext(W3C.extract(Context.root(), Map.of("traceparent", traceparent), MAP)).getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }
}
