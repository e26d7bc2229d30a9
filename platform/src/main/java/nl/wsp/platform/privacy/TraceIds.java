package nl.wsp.platform.privacy;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way a request header becomes a stored trace id (an audit row outlives a candidate's erasure, so what it
 * holds must never be a BSN or anything else a caller typed). Only the trace id of a valid W3C {@code traceparent}
 * ({@code 00-<32 hex>-<16 hex>-<2 hex>}, neither id all zeros) is taken; {@code X-Request-ID} and anything else are
 * ignored and a fresh id is generated. A trace id whose hex spells a 9-digit run passing the eleven-test is
 * replaced too: a caller can write a BSN in hex digits.
 */
public final class TraceIds {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String NUL_TRACE = "0".repeat(32);
    private static final String NUL_PARENT = "0".repeat(16);

    private TraceIds() {
    }

    /** The trace id to store for a request that sent this {@code traceparent} header (null when it sent none). */
    public static String uitTraceparent(String traceparent) {
        if (traceparent != null) {
            Matcher m = TRACEPARENT.matcher(traceparent.trim());
            if (m.matches() && !NUL_TRACE.equals(m.group(1)) && !NUL_PARENT.equals(m.group(2)) && !Bsn.komtVoorIn(m.group(1))) {
                return m.group(1);
            }
        }
        return nieuw();
    }

    /**
     * The caller's span id (the parent of ours) of a valid {@code traceparent}, as {@link #uitTraceparent} accepts it;
     * null when the header is missing or not taken, or when its hex spells a BSN-like run.
     */
    public static String ouderSpan(String traceparent) {
        if (traceparent != null) {
            Matcher m = TRACEPARENT.matcher(traceparent.trim());
            if (m.matches() && !NUL_TRACE.equals(m.group(1)) && !NUL_PARENT.equals(m.group(2)) && !Bsn.komtVoorIn(m.group(1))
                    && !Bsn.komtVoorIn(m.group(2))) {
                return m.group(2);
            }
        }
        return null;
    }

    /** A fresh W3C-shaped span id: 16 lowercase hex digits, never one that holds a BSN-like run. */
    public static String nieuweSpan() {
        while (true) {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            if (!Bsn.komtVoorIn(id) && !id.equals(NUL_PARENT)) {
                return id;
            }
        }
    }

    /** A fresh W3C-shaped trace id: 32 lowercase hex digits, never one that holds a BSN-like run. */
    public static String nieuw() {
        while (true) {
            String id = UUID.randomUUID().toString().replace("-", "");
            if (!Bsn.komtVoorIn(id)) {
                return id;
            }
        }
    }
}
