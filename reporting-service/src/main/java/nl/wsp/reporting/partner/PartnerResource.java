package nl.wsp.reporting.partner;

import nl.wsp.platform.http.Referentie;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Partnerorganisaties per arbeidsmarktregio, zoals rapportage ze kent")
public class PartnerResource {

    private final EntityManager em;

    PartnerResource(EntityManager em) {
        this.em = em;
    }

    /** A partner organisation: the same fields, names and order as account-service's {@code /api/v1/partners} items. */
    public record Partner(
            @Schema(required = true, description = "De vaste code van de partner", example = "gemeente-amersfoort") String code,
            @Schema(required = true, example = "Gemeente Amersfoort") String naam,
            @Schema(required = true, enumeration = {"gemeente", "uwv", "sw-bedrijf"}, example = "gemeente") String soort,
            @Schema(required = true, description = "De arbeidsmarktregio", example = "Amersfoort") String regio) {
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder", "adviseur"})
    @Operation(operationId = "lijstPartners", summary = "Partnerorganisaties, eventueel van één arbeidsmarktregio, zoals rapportage ze kent",
            description = "Dezelfde vorm als `GET /api/v1/partners` van account-service (gesorteerd op code, cursorpaginering met "
                    + "`cursor` en `limiet` tot 200), maar uit de events van account-service: een zojuist geregistreerde partner "
                    + "verschijnt hier even later.")
    public Pagina<Partner> lijst(@QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "Alleen de partners van deze arbeidsmarktregio") String regio,
                                 @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                 @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        int n = Cursor.limiet(limiet);
        StringBuilder jpql = new StringBuilder("from PartnerRegio where 1 = 1");
        if (regio != null) {
            jpql.append(" and regio = :regio");
        }
        String[] na = cursor == null ? null : Cursor.lees(cursor, 2);
        if (na != null) {
            jpql.append(" and (code > :code or (code = :code and partnerId > :id))");
        }
        var query = em.createQuery(jpql.append(" order by code, partnerId").toString(), PartnerRegio.class).setMaxResults(n + 1);
        if (regio != null) {
            query.setParameter("regio", regio);
        }
        if (na != null) {
            query.setParameter("code", na[0]).setParameter("id", Cursor.uuid(na[1]));
        }
        return Pagina.van(query.getResultList(), n, p -> Cursor.maak(p.code(), p.partnerId().toString()))
                .map(p -> new Partner(p.code(), p.naam(), p.soort(), p.regio()));
    }
}
