package nl.wsp.vacancy.vacature;

import jakarta.transaction.Transactional;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.vacancy.privacy.Verwerkingen;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

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
    private final Verwerkingslogboek logboek;

    VacatureWijzigingResource(VacatureZoeker zoeker, Verwerkingslogboek logboek) {
        this.zoeker = zoeker;
        this.logboek = logboek;
    }

    @GET
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Persoonsgegevens(activiteit = Verwerkingen.VACATURES)
    @Transactional // the log rows of the people on the page are written as a processing's writes are: in a transaction
    @Operation(operationId = "lijstVacatureWijzigingen", summary = "Alle wijzigingen van vacatures die u mag zien, als CloudEvents, in volgorde",
            description = "Een feed heeft geen laatste pagina: volgendeCursor staat er altijd; bewaar hem en vraag later opnieuw.")
    public Pagina<VacatureWijziging> wijzigingen(@QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina (die er altijd is); weglaten om vooraan te beginnen") String cursor,
                                                 @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal tussen 1 en 200") @Max(value = 200, message = "een geheel getal tussen 1 en 200") Integer limiet) {
        Pagina<VacatureWijziging> pagina = zoeker.wijzigingen(cursor, limiet);
        // the events are the CloudEvents as sent, a map and not a record: their people are named here, not by @Betrokkene
        logboek.registreer(ids(pagina, "werkgeverId"), Verwerkingen.WERKGEVER, "gelezen");
        logboek.registreer(ids(pagina, "accountmanagerId"), Verwerkingen.ADVISEUR, "gelezen");
        return pagina;
    }

    /** The ids under {@code veld} in the pages' event data (every vacancy event carries the vacancy's data unwrapped). */
    private static Set<UUID> ids(Pagina<VacatureWijziging> pagina, String veld) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (VacatureWijziging w : pagina.resultaten()) {
            Object waarde = w.data() == null ? null : w.data().get(veld);
            if (waarde instanceof String s) {
                try {
                    ids.add(UUID.fromString(s));
                } catch (IllegalArgumentException geenId) {
                    // not an id: nobody to log
                }
            }
        }
        return ids;
    }
}
