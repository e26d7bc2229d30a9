package nl.wsp.platform.problem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** A resource of the frame's test application only: a use case whose entity refuses with a domain exception. */
@Path("/api/v1/regelproeven")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"adviseur", "partnersysteem"})
public class RegelProefResource {

    /** What an entity of a service throws: a domain exception of its own, extending the frame's. */
    static final class TeVeelProeven extends Regelovertreding {
        TeVeelProeven() {
            super("aantal", "er zijn er al 3; kies minder");
        }
    }

    static final class ProefGesloten extends Regelovertreding {
        ProefGesloten() {
            super("proef-gesloten", "De proef is gesloten en kan niet meer worden gewijzigd", Map.of("toestand", "gesloten"));
        }
    }

    @POST
    @Path("/ongeldig")
    public Map<String, String> ongeldig() {
        throw new TeVeelProeven();
    }

    @POST
    @Path("/gesloten")
    public Map<String, String> gesloten() {
        throw new ProefGesloten();
    }
}
