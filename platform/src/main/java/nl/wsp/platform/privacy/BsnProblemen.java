package nl.wsp.platform.privacy;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.wsp.platform.problem.Problem;
import nl.wsp.platform.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The BSN guard's answers: a body string with a BSN (thrown while Jackson reads it) and every path and query
 * parameter, checked before the resource runs. Always 400 {@code urn:nl:wsp:probleem:bsn-geweigerd} naming the
 * field; neither the reason nor the problem's {@code instance} holds the value.
 */
public class BsnProblemen {

    public static final String TYPE = Problems.type("bsn-geweigerd");

    @ServerExceptionMapper
    public Response bsnInBody(BsnGevonden e) {
        return weiger(List.of(e.veld()));
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER)
    public Response bsnInPadOfQuery(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        TreeSet<String> velden = new TreeSet<>();
        verzamel(uri.getPathParameters(), velden);
        verzamel(uri.getQueryParameters(), velden);
        return velden.isEmpty() ? null : weiger(new ArrayList<>(velden));
    }

    /** For a service that finds a BSN itself (a field it reads by hand): the same reason everywhere. */
    public static Problem.InvalidParam ongeldig(String veld) {
        return new Problem.InvalidParam(veld, BsnGevonden.REDEN);
    }

    private static void verzamel(MultivaluedMap<String, String> parameters, TreeSet<String> velden) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String waarde : p.getValue()) {
                if (Bsn.komtVoorIn(waarde)) {
                    velden.add(p.getKey());
                }
            }
        }
    }

    private static Response weiger(List<String> velden) {
        List<Problem.InvalidParam> params = velden.stream().map(BsnProblemen::ongeldig).toList();
        // no instance: the path may be where the BSN is
        return Problems.respond(new Problem(TYPE, "BSN geweigerd", 400,
                "Het verzoek bevat een nummer dat de BSN-elfproef doorstaat; dat wordt niet verwerkt", null, params, null));
    }
}
