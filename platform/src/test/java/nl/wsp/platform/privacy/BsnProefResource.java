package nl.wsp.platform.privacy;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A resource of the frame's test application only: what reaches it was let through by the guard. */
@Path("/proef/bsn")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BsnProefResource {

    static final AtomicInteger ONTVANGEN = new AtomicInteger();

    public record Regel(String omschrijving, List<String> labels) {
    }

    public record Verzoek(String naam, List<Regel> regels, Map<String, String> extra, Object vrij) {
    }

    @POST
    public Verzoek ontvang(Verzoek verzoek) {
        ONTVANGEN.incrementAndGet();
        return verzoek;
    }

    @GET
    @Path("/{id}")
    public String lees(@PathParam("id") String id, @QueryParam("zoek") String zoek) {
        ONTVANGEN.incrementAndGet();
        return "{}";
    }
}
