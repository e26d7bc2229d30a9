package nl.wsp.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a failure is the database being out of reach for a moment — restarting, failing over, refusing connections,
 * out of connections — rather than a fault in the request or the code. The frame answers those with 503 and
 * {@code Retry-After} instead of 500 (docs/reliability.md): the client may try again, and nothing it sent was wrong.
 */
final class Verbindingsfout {

    /**
     * SQLSTATEs of PostgreSQL that mean "not now": 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
     * (starting up or in recovery), 53300 too many connections; and every state of class 08 (connection exception).
     */
    private static final Set<String> NIET_NU = Set.of("57P01", "57P02", "57P03", "53300");

    private Verbindingsfout() {
    }

    static boolean is(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || NIET_NU.contains(state))) {
                    return true;
                }
                // Agroal's pool reports a connection it could not get in time without a SQLSTATE
                if (state == null && sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
