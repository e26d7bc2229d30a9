package nl.wsp.vacancy.beller;

import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place where a token becomes a caller: before any resource runs, an authenticated request's partner (and, for
 * an adviser, the adviser) must be known here, else 403 problem JSON. Runs on the worker thread of the (blocking)
 * resource, after authentication, so it may read the database.
 */
public class BellerFilter {

    private final SecurityIdentity identity;
    private final Beller beller;

    BellerFilter(SecurityIdentity identity, Beller beller) {
        this.identity = identity;
        this.beller = beller;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION + 10)
    public void bepaalBeller() {
        if (!identity.isAnonymous()) {
            beller.bepaal();
        }
    }
}
