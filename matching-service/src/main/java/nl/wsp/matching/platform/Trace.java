package nl.wsp.matching.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trace id of the current request, for the audit trail: the W3C {@code traceparent} trace id when the caller
 * (or a gateway) sent one, else {@code X-Request-ID}, else a fresh id for this request.
 */
@RequestScoped
public class Trace {

    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

    private final String traceId;

    Trace(Instance<HttpServerRequest> request) {
        this.traceId = resolve(request.isResolvable() ? request.get() : null);
    }

    private static String resolve(HttpServerRequest request) {
        try {
            if (request != null) {
                String parent = request.getHeader("traceparent");
                if (parent != null) {
                    Matcher m = TRACEPARENT.matcher(parent.trim());
                    if (m.matches()) {
                        return m.group(1);
                    }
                }
                String requestId = request.getHeader("X-Request-ID");
                if (requestId != null && REQUEST_ID.matcher(requestId).matches()) {
                    return requestId;
                }
            }
        } catch (RuntimeException outsideAnHttpRequest) {
            // a consumer or a scheduled job: no HTTP request to read
        }
        return UUID.randomUUID().toString().replace("-", "");
    }

    public String traceId() {
        return traceId;
    }
}
