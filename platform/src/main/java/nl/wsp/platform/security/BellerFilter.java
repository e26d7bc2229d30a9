package nl.wsp.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place where a token becomes a caller: before any resource runs, an authenticated request is resolved by the
 * service's {@link Beller}, if it has one. Runs on the worker thread of the (blocking) resource, after
 * authentication, so the resolution may read the database.
 */
public class BellerFilter {

    private final SecurityIdentity identity;
    private final Instance<Beller> beller;

    BellerFilter(SecurityIdentity identity, Instance<Beller> beller) {
        this.identity = identity;
        this.beller = beller;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION + 10)
    public void bepaalBeller() {
        if (!identity.isAnonymous() && beller.isResolvable()) {
            beller.get().bepaal();
        }
    }
}
