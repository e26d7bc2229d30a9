package nl.wsp.platform.privacy;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * The BSN guard on request bodies: every String Jackson reads from a request body goes through {@link Bsn}, and one
 * that holds a BSN ends the request with 400 naming its JSON path ({@link BsnProblemen}). It is switched on only
 * around the reading of a request body (this interceptor), so events, stored JSON and a service's own
 * {@code treeToValue} are not refused after the fact. A body that stays a {@code JsonNode} (matching's bulk push) is
 * not searched here: that service checks each item with {@link BsnInJson} and refuses the item, not the batch.
 */
@Provider
public class BsnBewaking implements ReaderInterceptor {

    private static final ThreadLocal<Boolean> ACTIEF = new ThreadLocal<>();

    public static boolean actief() {
        return ACTIEF.get() != null;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (actief()) {
            return context.proceed();
        }
        ACTIEF.set(Boolean.TRUE);
        try {
            return context.proceed();
        } finally {
            ACTIEF.remove();
        }
    }
}
