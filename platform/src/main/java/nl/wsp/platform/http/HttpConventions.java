package nl.wsp.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.wsp.platform.problem.Problem;
import nl.wsp.platform.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conventions that hold for every HTTP answer, including those that never reach a JAX-RS resource
 * (health, metrics, OpenAPI, a body the server refuses to read).
 */
@ApplicationScoped
public class HttpConventions {

    private final String apiVersion;
    private final long maxBodySize;
    private final ObjectMapper json;
    private final boolean hsts = LaunchMode.current() == LaunchMode.NORMAL;
    private final java.util.List<String> pagePaths;

    /**
     * The CSP of a page a service serves itself ({@code wsp.http.pagina-paden}, e.g. reporting's dashboard, ADR 0044):
     * scripts, styles and fetches from the service's own origin only; no inline script or style, no plug-in, no frame,
     * no form posted anywhere, no {@code <base>}.
     */
    static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    HttpConventions(@ConfigProperty(name = "wsp.api-version") String apiVersion,
                    @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                    @ConfigProperty(name = "wsp.http.pagina-paden") java.util.Optional<java.util.List<String>> pagePaths,
                    ObjectMapper json) {
        this.apiVersion = apiVersion;
        this.pagePaths = pagePaths.orElse(java.util.List.of());
        this.maxBodySize = maxBodySize.asLongValue();
        this.json = json;
    }

    /**
     * Logius API-57: every response says which version of the API answered. And a body announced larger than
     * the limit is refused here with problem JSON, before the server's own (bodiless) 413 would answer.
     */
    void conventions(@Observes Filters filters) {
        filters.register(rc -> {
            rc.response().putHeader("API-Version", apiVersion);
            String path = rc.normalizedPath();
            rc.addHeadersEndHandler(v -> securityHeaders(rc.response().headers(), path));
            if (isOpenApi(path) && rc.request().getHeader("Origin") != null && openForEveryOrigin(rc)) {
                return;
            }
            String length = rc.request().getHeader("Content-Length");
            if (length != null && isLargerThanLimit(length)) {
                tooLarge(rc);
                return;
            }
            rc.next();
        }, 10_000);
    }

    /**
     * On every answer, whoever wrote it: no content sniffing, no framing, a CSP that allows nothing (the API serves
     * no pages; the Swagger UI under {@code /q/} keeps its own; a page of the service under a configured path gets
     * {@link #PAGE_CSP}: its own scripts only), HSTS in production only (dev and test speak plain
     * http). Every {@code /api/v1/} answer carries personal or partner data and is {@code no-store}; the OpenAPI
     * document is the exception and may be cached.
     */
    void securityHeaders(io.vertx.core.MultiMap headers, String path) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        if (isPage(path)) {
            headers.set("Content-Security-Policy", PAGE_CSP);
            headers.set("Referrer-Policy", "no-referrer");
        } else if (!path.startsWith("/q/swagger-ui") && !path.startsWith("/q/dev-ui") && !path.startsWith("/q/dev")) {
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        if (path.startsWith("/api/") && !path.startsWith("/api/v1/openapi")) {
            headers.set("Cache-Control", "no-store");
        }
        if (hsts) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
    }

    private boolean isPage(String path) {
        for (String prefix : pagePaths) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpenApi(String path) {
        return path.equals("/api/v1/openapi") || path.startsWith("/api/v1/openapi.");
    }

    /**
     * ADR 0010: the OpenAPI document is public and any origin may read it (a generator or an API portal in a browser),
     * while every other path keeps the allowlist of {@code quarkus.http.cors.origins}. Answered before Quarkus' CORS
     * filter, which would refuse an origin outside that list: a preflight is answered here; for the read itself the
     * {@code Origin} is taken off the request (the document is the same for everyone) and the answer says {@code *}.
     * Returns whether the request was answered.
     */
    private static boolean openForEveryOrigin(RoutingContext rc) {
        if (rc.request().method() == io.vertx.core.http.HttpMethod.OPTIONS) {
            rc.response().setStatusCode(204)
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD")
                    .putHeader("Access-Control-Max-Age", "86400")
                    .end();
            return true;
        }
        rc.request().headers().remove("Origin");
        rc.response().putHeader("Access-Control-Allow-Origin", "*");
        rc.next();
        return true;
    }

    /** A streamed (chunked) body that outgrows the limit fails later, in the body handler; same answer. */
    void oversizedStream(@Observes Router router) {
        router.errorHandler(413, this::tooLarge);
    }

    private boolean isLargerThanLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false; // the server itself rejects a malformed length
        }
    }

    private void tooLarge(RoutingContext rc) {
        Problem problem = new Problem(Problems.type("te-groot"), "Request Entity Too Large", 413,
                "De body is groter dan " + maxBodySize + " bytes", rc.request().path(), null, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "";
        }
        rc.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("API-Version", apiVersion)
                .putHeader("Connection", "close");
        securityHeaders(rc.response().headers(), rc.normalizedPath());
        rc.response()
                .end(body);
    }
}
