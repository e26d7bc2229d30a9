package nl.wsp.platform.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A resource of the frame's test application only: what the frame's strict input and headers apply to. */
@Path("/api/v1/proeven")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"adviseur", "partnersysteem"})
public class ProefResource {

    public record Proef(String naam, Integer aantal, LocalDate datum, Boolean actief, BigDecimal bedrag, List<String> labels) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Proef echo(Proef proef) {
        return proef;
    }

    public enum Kleur { @com.fasterxml.jackson.annotation.JsonProperty("licht-blauw") LICHT_BLAUW, ROOD }

    /** Typed query parameters, read by the frame's {@code Parameters}. */
    @GET
    @Path("/getypeerd")
    public Map<String, String> getypeerd(@QueryParam("aantal") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(12) Integer aantal,
                                         @QueryParam("actief") Boolean actief, @QueryParam("kleur") Kleur kleur,
                                         @QueryParam("datum") LocalDate datum, @QueryParam("id") java.util.UUID id) {
        return Map.of("aantal", String.valueOf(aantal), "actief", String.valueOf(actief), "kleur", String.valueOf(kleur),
                "datum", String.valueOf(datum), "id", String.valueOf(id));
    }

    /** A filter that names reference data (the frame's {@code @Referentie}), checked by {@link ProefReferentiecodes}. */
    @GET
    @Path("/gefilterd")
    public Map<String, String> gefilterd(@QueryParam("gemeente") @Referentie(Referentie.GEMEENTE) String gemeente) {
        return Map.of("gemeente", String.valueOf(gemeente));
    }

    @GET
    @Path("/{id}")
    public Map<String, String> lees(@PathParam("id") String id, @QueryParam("naam") String naam) {
        return Map.of("id", id, "naam", naam == null ? "" : naam);
    }
}
