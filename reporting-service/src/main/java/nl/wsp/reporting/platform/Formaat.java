package nl.wsp.reporting.platform;

import nl.wsp.platform.problem.Problem;
import nl.wsp.platform.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/** {@code ?formaat=csv} or {@code ?formaat=json} chooses the answer's format where a client cannot set Accept (a link in a browser). */
public class Formaat {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> kiesFormaat(ContainerRequestContext request) {
        String formaat = request.getUriInfo().getQueryParameters().getFirst("formaat");
        if (formaat == null) {
            return Optional.empty();
        }
        switch (formaat) {
            case "csv" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, CsvWriter.TEXT_CSV);
            case "json" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            default -> {
                return Optional.of(Problems.respond(new Problem(Problems.type("ongeldige-invoer"), "Ongeldige invoer", 400,
                        "Het verzoek bevat ongeldige gegevens", request.getUriInfo().getPath(),
                        List.of(new Problem.InvalidParam("formaat", "onbekende waarde; toegestaan: csv, json")), null)));
            }
        }
        return Optional.empty();
    }
}
