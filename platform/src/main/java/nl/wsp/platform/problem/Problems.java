package nl.wsp.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem JSON with a stable type. Names the bad field where there is
 * one; never shows a stack trace or a class name.
 */
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);
    private static final String TYPE_PREFIX = "urn:nl:wsp:probleem:";

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        Problem problem = e.toProblem(path(uri));
        if (e.retryAfter() == null) {
            return respond(problem);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header("Retry-After", String.valueOf(e.retryAfter())).build();
    }

    /** The one mapper of the entities' domain exceptions (ADR 0026). */
    @ServerExceptionMapper
    public Response regelovertreding(Regelovertreding e, UriInfo uri) {
        return respond(e.alsProbleem().toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        return respond(new Problem(type("ongeldige-invoer"), "Ongeldige invoer", 400,
                "Het verzoek bevat ongeldige gegevens", path(uri), params, null));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return invalidJson(path(uri), jsonPath(e), "onbekend veld");
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String reason = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "onbekende waarde; toegestaan: " + Arrays.stream(e.getTargetType().getEnumConstants())
                        .map(c -> jsonName((Enum<?>) c)).collect(Collectors.joining(", "))
                : e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("stuurteken")
                        ? e.getOriginalMessage()
                        : "ongeldige waarde of verkeerd type";
        return invalidJson(path(uri), jsonPath(e), reason);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        return invalidJson(path(uri), field.isEmpty() ? "body" : field, "verkeerd type of vorm");
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(type("onleesbare-json"), "Onleesbare JSON", 400,
                "De body is geen geldige JSON", path(uri), List.of(new Problem.InvalidParam("body", "geen geldige JSON")), null));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(type("geen-toegang"), "Geen toegang", 403,
                "Deze rol mag dit niet", path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiProblem problem) {
            // a parameter converter's refusal (nl.wsp.platform.http.Parameters), wrapped by RESTEasy Reactive
            return apiProblem(problem, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 400 && jsonCause(e) != null) {
            // a truncated or unparseable body that RESTEasy Reactive reports as a plain 400
            return unreadableJson(jsonCause(e), uri);
        }
        String slug = switch (status) {
            case 404 -> "niet-gevonden";
            case 405 -> "methode-niet-toegestaan";
            case 406 -> "niet-acceptabel";
            case 413 -> "te-groot";
            case 415 -> "mediatype-niet-ondersteund";
            default -> "ongeldig-verzoek";
        };
        String title = switch (status) {
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Niet acceptabel";
            case 413 -> "Te groot";
            case 415 -> "Mediatype niet ondersteund";
            case 409 -> "In strijd met de huidige toestand";
            default -> "Ongeldig verzoek";
        };
        return respond(new Problem(type(slug), title, status, title, path(uri), null, null));
    }

    /** Seconds a client waits before it tries again after a 503: about the time a PostgreSQL restart or failover takes. */
    static final int OPNIEUW_NA_SECONDEN = 5;

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Verbindingsfout.is(e)) {
            LOG.warnf("database out of reach, answered 503: %s", e.getMessage());
            Problem problem = new Problem(type("tijdelijk-onbeschikbaar"), "Tijdelijk onbeschikbaar", 503,
                    "De dienst kan zijn database even niet bereiken; probeer het over " + OPNIEUW_NA_SECONDEN
                            + " seconden opnieuw", path(uri), null, null);
            return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem)
                    .header("Retry-After", String.valueOf(OPNIEUW_NA_SECONDEN)).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, reference %s", reference);
        return respond(new Problem(type("interne-fout"), "Interne fout", 500,
                "Er ging iets mis aan onze kant; referentie " + reference, path(uri), null, null));
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type("niet-geauthenticeerd"), "Niet geauthenticeerd", 401,
                        "Een geldig bearer-token is nodig", path(uri), null, null))
                .build();
    }

    private static Response invalidJson(String instance, String field, String reason) {
        return respond(new Problem(type("ongeldige-invoer"), "Ongeldige invoer", 400,
                "Het verzoek bevat ongeldige gegevens", instance, List.of(new Problem.InvalidParam(field, reason)), null));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * {@code registreer.verzoek.items[2].naam} → {@code items[2].naam}: the client knows its JSON fields,
     * not our method and parameter names. A violation on a parameter itself (a query parameter) is named by it.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> parts = new java.util.ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        parts.add(node.getName());
                    }
                }
                default -> {
                    // method and return-value nodes are ours, not the client's
                }
            }
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        return parameter != null ? parameter : "body";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonName(Enum<?> constant) {
        try {
            var property = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return property != null ? property.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }
}
