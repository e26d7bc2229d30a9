package nl.wsp.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal the client can act on, thrown by use cases and turned into problem JSON at the edge.
 * Carries no HTTP types, so domain code stays free of the REST layer.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.InvalidParam> invalidParams;
    private final Map<String, Object> extensions;
    private Integer retryAfter;

    public ApiProblem(int status, String slug, String title, String detail,
                      List<Problem.InvalidParam> invalidParams, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.invalidParams = invalidParams;
        this.extensions = extensions;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "niet-gevonden", "Niet gevonden", what + " bestaat niet", null, null);
    }

    public static ApiProblem conflict(String slug, String detail, Map<String, Object> extensions) {
        return new ApiProblem(409, slug, "In strijd met de huidige toestand", detail, null, extensions);
    }

    public static ApiProblem invalid(String field, String reason) {
        return new ApiProblem(400, "ongeldige-invoer", "Ongeldige invoer", "Het verzoek bevat ongeldige gegevens",
                List.of(new Problem.InvalidParam(field, reason)), null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "geen-toegang", "Geen toegang", detail, null, null);
    }

    /**
     * The same refusal with a {@code Retry-After} header: what the client asked for may still be on its way (an
     * event from another service not yet arrived, docs/api.md "Eventual consistency"), so asking again in
     * {@code seconden} may succeed.
     */
    public ApiProblem opnieuwNa(int seconden) {
        this.retryAfter = seconden;
        return this;
    }

    /** Seconds for {@code Retry-After}, or null. */
    public Integer retryAfter() {
        return retryAfter;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problems.type(slug), title, status, getMessage(), instance, invalidParams, extensions);
    }

    public int status() {
        return status;
    }
}
