package nl.wsp.reporting.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Partnerorganisaties per arbeidsmarktregio, zoals rapportage ze kent")
public class PartnerResource {

    private final EntityManager em;

    PartnerResource(EntityManager em) {
        this.em = em;
    }

    public record Partner(String code, String naam, String soort) {
    }

    public record Regio(String regio, int aantalPartners, List<Partner> partners) {
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder", "adviseur"})
    @Operation(operationId = "lijstPartnersPerRegio", summary = "Partnerorganisaties per arbeidsmarktregio")
    public List<Regio> perRegio(@QueryParam("regio") String regio) {
        List<RegioTelling> tellingen = regio == null
                ? em.createQuery("from RegioTelling order by regio", RegioTelling.class).getResultList()
                : em.createQuery("from RegioTelling where regio = :regio", RegioTelling.class).setParameter("regio", regio).getResultList();
        return tellingen.stream().map(t -> new Regio(t.regio, t.aantalPartners, em.createQuery(
                        "from PartnerRegio where regio = :regio order by naam", PartnerRegio.class)
                .setParameter("regio", t.regio).getResultStream()
                .map(p -> new Partner(p.code, p.naam, p.soort)).toList())).toList();
    }
}
