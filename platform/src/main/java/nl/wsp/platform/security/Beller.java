package nl.wsp.platform.security;

/**
 * A service's view of who calls, beyond the token: the partner (and adviser) the token names must be known to the
 * service. {@link BellerFilter} asks every service that has one to resolve it before any resource runs, so that an
 * unknown partner is refused in one place (403 problem JSON) instead of per endpoint.
 */
public interface Beller {

    /** Resolves the caller for this request; throws the refusal (an {@code ApiProblem} 403) when it is unknown. */
    void bepaal();
}
