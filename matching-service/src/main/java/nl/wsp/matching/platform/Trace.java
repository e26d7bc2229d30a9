package nl.wsp.matching.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import nl.wsp.platform.privacy.TraceIds;

/**
 * The trace id of the current request, for the audit trail, by the frame's one rule ({@link TraceIds}): the trace id of
 * a valid W3C {@code traceparent}, else a fresh id. {@code X-Request-ID} is never stored: it is whatever the caller typed.
 */
@RequestScoped
public class Trace {

    private final String traceId;

    Trace(Instance<HttpServerRequest> request) {
        this.traceId = resolve(request.isResolvable() ? request.get() : null);
    }

    private static String resolve(HttpServerRequest request) {
        try {
            return TraceIds.uitTraceparent(request == null ? null : request.getHeader("traceparent"));
        } catch (RuntimeException outsideAnHttpRequest) {
            // a consumer or a scheduled job: no HTTP request to read
            return TraceIds.nieuw();
        }
    }

    public String traceId() {
        return traceId;
    }
}
