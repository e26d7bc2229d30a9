package nl.wsp.platform.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import nl.wsp.platform.json.StrictJson;
import nl.wsp.platform.problem.Problem;
import nl.wsp.platform.problem.Problems;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every operation of every service refuses before a resource sees it (docs/api.md, "Strict input"):
 * <ul>
 *   <li>a body that is not {@code application/json} (or {@code …+json}) in UTF-8: 415, a body with a byte-order mark or
 *       in UTF-16/32: 400 naming {@code body};</li>
 *   <li>a query parameter the operation does not declare: 400 naming it (a misspelt filter must not silently return
 *       everything);</li>
 *   <li>NUL or another control character in a query parameter or a path segment: 400 naming it.</li>
 * </ul>
 * The operation's query parameters are its resource method's {@code @QueryParam}s, read once per method.
 */
@Provider
public class StrictRequest implements ContainerRequestFilter {

    private static final Map<Method, Set<String>> QUERY_PARAMETERS = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    /**
     * Query parameters a service reads for every operation outside the resource methods (reporting-service's
     * {@code formaat}, read by its own filter): {@code wsp.http.algemene-queryparameters}.
     */
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "wsp.http.algemene-queryparameters")
    java.util.Optional<List<String>> algemeen;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        Method method = resource == null ? null : resource.getResourceMethod();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (method != null) {
            Set<String> declared = QUERY_PARAMETERS.computeIfAbsent(method, m -> queryParameters(m, algemeen.orElse(List.of())));
            for (String name : new TreeSet<>(query.keySet())) {
                if (!declared.contains(name)) {
                    invalid.add(new Problem.InvalidParam(name, declared.isEmpty()
                            ? "onbekende queryparameter; deze operatie kent er geen"
                            : "onbekende queryparameter; toegestaan: " + String.join(", ", new TreeSet<>(declared))));
                }
            }
        }
        query.forEach((name, values) -> values.forEach(value -> control(name, value, invalid)));
        request.getUriInfo().getPathParameters().forEach((name, values) -> values.forEach(value -> control(name, value, invalid)));
        if (!invalid.isEmpty()) {
            request.abortWith(Problems.respond(new Problem(Problems.type("ongeldige-invoer"), "Ongeldige invoer", 400,
                    "Het verzoek bevat ongeldige parameters", path(request), invalid, null)));
            return;
        }
        if (announcesBody(request)) {
            body(request);
        }
    }

    /** A body is there when its length is announced above zero or it is streamed; an empty POST needs no type. */
    private static boolean announcesBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString("Content-Length");
        try {
            return length != null && Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void body(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !"application".equals(type.getType())
                || !("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            request.abortWith(Problems.respond(new Problem(Problems.type("mediatype-niet-ondersteund"),
                    "Unsupported Media Type", 415, "Alleen application/json (UTF-8) wordt aanvaard", path(request), null, null)));
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            request.abortWith(Problems.respond(new Problem(Problems.type("mediatype-niet-ondersteund"),
                    "Unsupported Media Type", 415, "Alleen UTF-8 wordt aanvaard, niet " + charset, path(request), null, null)));
            return;
        }
        PushbackInputStream in = new PushbackInputStream(request.getEntityStream(), 4);
        byte[] head = new byte[4];
        int read = in.readNBytes(head, 0, 4);
        in.unread(head, 0, read);
        request.setEntityStream(in);
        if (notPlainUtf8(head, read)) {
            request.abortWith(Problems.respond(new Problem(Problems.type("ongeldige-invoer"), "Ongeldige invoer", 400,
                    "De body is geen UTF-8 zonder byte-order mark", path(request),
                    List.of(new Problem.InvalidParam("body", "geen UTF-8 zonder byte-order mark")), null)));
        }
    }

    /** A byte-order mark (UTF-8, UTF-16, UTF-32) or a NUL in the first two bytes (UTF-16/32 text of JSON). */
    static boolean notPlainUtf8(byte[] head, int read) {
        if (read >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return true;
        }
        if (read >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            return true;
        }
        return read >= 1 && head[0] == 0 || read >= 2 && head[1] == 0;
    }

    private static void control(String name, String value, List<Problem.InvalidParam> invalid) {
        int c = StrictJson.forbiddenControlCharacter(value);
        if (c >= 0) {
            invalid.add(new Problem.InvalidParam(name, String.format("stuurteken U+%04X niet toegestaan", c)));
        }
    }

    private static Set<String> queryParameters(Method method, List<String> algemeen) {
        Set<String> names = new TreeSet<>();
        algemeen.stream().map(String::trim).filter(n -> !n.isEmpty()).forEach(names::add);
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
        }
        return Set.copyOf(names);
    }

    private static String path(ContainerRequestContext request) {
        return "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
    }
}
