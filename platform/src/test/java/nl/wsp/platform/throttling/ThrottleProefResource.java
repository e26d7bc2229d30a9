package nl.wsp.platform.throttling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.outbox.Outbox;

import java.util.Map;

/** A resource of the frame's test application only: each write appends one outbox row, so a test sees whether it ran. */
@Path("/api/v1/throttle-proeven")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"adviseur", "partnersysteem"})
public class ThrottleProefResource {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @POST
    @Path("/{subject}")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Map<String, String> schrijf(@PathParam("subject") String subject) {
        outbox.append("wsp.platform-test.proeven", "nl.werkgeversdienstverlening.proeven.geschreven.v1", subject, Map.of("subject", subject));
        return Map.of("subject", subject);
    }

    @POST
    @Path("/{subject}/bulk")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @Bulklevering
    public Map<String, String> bulk(@PathParam("subject") String subject) {
        return schrijf(subject);
    }

    @GET
    @Path("/{subject}")
    public Map<String, Long> tel(@PathParam("subject") String subject) {
        return Map.of("rijen", em.createQuery("select count(e) from OutboxEvent e where e.aggregateId = :s", Long.class)
                .setParameter("s", subject).getSingleResult());
    }
}
