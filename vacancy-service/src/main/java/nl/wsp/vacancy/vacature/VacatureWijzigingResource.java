package nl.wsp.vacancy.vacature;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.platform.page.Pagina;
import nl.wsp.vacancy.vacature.api.VacatureWijziging;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Tag(name = "Vacaturewijzigingen", description = "Alle wijzigingen van vacatures als CloudEvents, voor partners die bijhouden")
@Path("/api/v1/vacature-wijzigingen")
@Produces(MediaType.APPLICATION_JSON)
public class VacatureWijzigingResource {

    private final VacatureZoeker zoeker;

    VacatureWijzigingResource(VacatureZoeker zoeker) {
        this.zoeker = zoeker;
    }

    @GET
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Operation(operationId = "lijstVacatureWijzigingen", summary = "Alle wijzigingen van vacatures die u mag zien, als CloudEvents, in volgorde",
            description = "Een feed heeft geen laatste pagina: volgendeCursor staat er altijd; bewaar hem en vraag later opnieuw.")
    public Pagina<VacatureWijziging> wijzigingen(@QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina (die er altijd is); weglaten om vooraan te beginnen") String cursor,
                                                 @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal tussen 1 en 200") @Max(value = 200, message = "een geheel getal tussen 1 en 200") Integer limiet) {
        return zoeker.wijzigingen(cursor, limiet);
    }
}
