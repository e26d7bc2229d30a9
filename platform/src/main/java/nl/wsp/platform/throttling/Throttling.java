package nl.wsp.platform.throttling;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import nl.wsp.platform.PlatformConfig;
import nl.wsp.platform.problem.Problem;
import nl.wsp.platform.problem.Problems;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.Set;

/**
 * Throttling per client, in the frame so that it holds for every service (ADR 0015): a client (the token's
 * {@code azp}, else its {@code sub}) may make {@code wsp.platform.throttling.schrijfacties} writes and
 * {@code wsp.platform.throttling.bulkleveringen} bulk pushes per {@code wsp.platform.throttling.periode}. One more is
 * {@code 429 te-veel-verzoeken} with {@code Retry-After} (whole seconds until the allowance is refilled), refused
 * before the resource runs, so it changes nothing. Another client is not affected. Reads are not throttled, nor are
 * requests without a valid token (they are 401 anyway).
 * <p>The counting is resilience4j's {@link RateLimiter} (one per client and kind), not a counter of our own. Clients
 * are bounded by who holds a signed token, so one limiter per client is kept for the life of the service.
 */
@ApplicationScoped
public class Throttling {

    private static final Logger LOG = Logger.getLogger(Throttling.class);
    private static final Set<String> SCHRIJVEN = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final boolean actief;
    private final RateLimiterRegistry schrijfacties;
    private final RateLimiterRegistry bulkleveringen;

    private final SecurityIdentity identity;

    Throttling(PlatformConfig config, SecurityIdentity identity) {
        this.identity = identity;
        PlatformConfig.Throttling t = config.throttling();
        this.actief = t.actief();
        this.schrijfacties = RateLimiterRegistry.of(limiet(t.schrijfacties(), t.periode()));
        this.bulkleveringen = RateLimiterRegistry.of(limiet(t.bulkleveringen(), t.periode()));
    }

    private static RateLimiterConfig limiet(int aantal, Duration periode) {
        return RateLimiterConfig.custom()
                .limitForPeriod(aantal)
                .limitRefreshPeriod(periode)
                .timeoutDuration(Duration.ZERO) // never wait: refuse at once and say when to come back
                .build();
    }

    /** After authentication (so the client is known), before the caller is resolved from the database. */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION + 5)
    public Response throttle(ContainerRequestContext request, ResourceInfo resource) {
        if (!actief || !SCHRIJVEN.contains(request.getMethod()) || identity.isAnonymous()) {
            return null;
        }
        String client = client(identity);
        boolean bulk = resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(Bulklevering.class);
        RateLimiter limiter = (bulk ? bulkleveringen : schrijfacties).rateLimiter(client);
        if (limiter.acquirePermission()) {
            return null;
        }
        long wachten = secondenTotVrij(limiter);
        LOG.infof("throttled %s of client %s; retry after %d s", bulk ? "bulk push" : "write", client, wachten);
        Problem problem = new Problem(Problems.type("te-veel-verzoeken"), "Te veel verzoeken", 429,
                (bulk ? "Te veel bulkleveringen" : "Te veel schrijfacties") + " van deze client; probeer het over "
                        + wachten + " seconden opnieuw",
                "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), null, null);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", Long.toString(wachten))
                .entity(problem).build();
    }

    /** The token's authorised party ({@code azp}: the OAuth client), else its subject. */
    static String client(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim("azp");
            if (azp != null && !azp.toString().isBlank()) {
                return "azp:" + azp;
            }
        }
        return "sub:" + identity.getPrincipal().getName();
    }

    private static long secondenTotVrij(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
