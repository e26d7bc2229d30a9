package nl.wsp.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    HttpConventions(@ConfigProperty(name = "wsp.api-version") String apiVersion,
                    @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                    ObjectMapper json) {
        this.apiVersion = apiVersion;
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
            String length = rc.request().getHeader("Content-Length");
            if (length != null && isLargerThanLimit(length)) {
                tooLarge(rc);
                return;
            }
            rc.next();
        }, 10_000);
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
                .putHeader("Connection", "close")
                .end(body);
    }
}
