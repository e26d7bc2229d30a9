package nl.wsp.platform.logboek;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A resource of the frame's test application only: operations on the personal data of made-up data subjects. */
@Path("/proef/logboek")
@Produces(MediaType.APPLICATION_JSON)
public class LogboekProefResource {

    public record Deel(@Betrokkene UUID ander, String omschrijving) {
    }

    public record Antwoord(@Betrokkene UUID id, List<Deel> delen, Map<String, Deel> perSoort) {
    }

    /** Names a data subject of another kind than the service's default. */
    public record Medewerker(@Betrokkene(soort = "medewerker") UUID id, String naam) {
    }

    private final Verwerkingslogboek logboek;

    LogboekProefResource(Verwerkingslogboek logboek) {
        this.logboek = logboek;
    }

    /** A read: the answer names three data subjects, each logged once, by the interceptor. */
    @GET
    @Path("/{id}")
    @Persoonsgegevens(activiteit = "proef")
    public Antwoord lees(@PathParam("id") UUID id, @QueryParam("ander") UUID ander, @QueryParam("derde") UUID derde) {
        return new Antwoord(id, List.of(new Deel(ander, "a"), new Deel(id, "dubbel")), Map.of("x", new Deel(derde, "b")));
    }

    /** A write: its row commits or rolls back with it; the interceptor adds no second row for the same subject. */
    @POST
    @Path("/{id}")
    @Persoonsgegevens(activiteit = "proef")
    @Transactional
    public Response schrijf(@PathParam("id") UUID id, @QueryParam("mislukt") @jakarta.ws.rs.DefaultValue("false") boolean mislukt) {
        logboek.registreer(id, "geschreven");
        if (mislukt) {
            throw new IllegalArgumentException("mislukt na het schrijven");
        }
        return Response.ok(new Antwoord(id, List.of(), Map.of())).build();
    }

    /** A data subject of a named kind: its row says so in {@code betrokkene_type}. */
    @GET
    @Path("/medewerkers/{id}")
    @Persoonsgegevens(activiteit = "proef")
    public Medewerker medewerker(@PathParam("id") UUID id) {
        return new Medewerker(id, "Proef Persoon");
    }

    /** A refusal: the resource is another party's (or does not exist), so the caller gets 404 and nothing is disclosed. */
    @GET
    @Path("/geweigerd/{id}")
    @Persoonsgegevens(activiteit = "proef")
    public Antwoord geweigerd(@PathParam("id") UUID id) {
        throw nl.wsp.platform.problem.ApiProblem.notFound("Proefpersoon " + id);
    }

    /** Names a data subject but is not marked: the architecture rule of every service refuses such an operation. */
    @GET
    @Path("/ongemarkeerd/{id}")
    public Antwoord ongemarkeerd(@PathParam("id") UUID id) {
        return new Antwoord(id, List.of(), Map.of());
    }
}
