package nl.wsp.platform.problem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * A resource of the frame's test application only: a write whose database connection is cut mid-transaction, as it is
 * when PostgreSQL restarts or fails over (the server ends the session: SQLSTATE 57P01).
 */
@Path("/api/v1/verbindingsproeven")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"adviseur", "partnersysteem"})
public class VerbindingProefResource {

    private final EntityManager em;

    VerbindingProefResource(EntityManager em) {
        this.em = em;
    }

    @POST
    @Transactional
    public Map<String, String> schrijf() {
        em.createNativeQuery("SELECT pg_terminate_backend(pg_backend_pid())").getResultList();
        return Map.of("geschreven", "ja");
    }
}
