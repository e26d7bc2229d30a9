package nl.wsp.account.sroi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.sroi.api.SroiVerplichtingVerzoek;
import nl.wsp.account.sroi.api.SroiVerplichtingWeergave;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Issue 17 item 6 (docs/adr/0032): one social return obligation, read and changed by every adviser of the
 * employer's region and by a beheerder. An obligation names no person, but the employer may be a sole proprietorship
 * (its owner): every read and write is in the processing log under the employer, as every other employer read (ADR 0032 §9).
 */
@Path("/api/v1/sroi-verplichtingen/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SROI-verplichtingen", description = "Social return: de verplichting van een werkgever uit een aanbesteding (bedrag, periode, opdrachtgever)")
public class SroiVerplichtingResource {

    private final WijzigSroiVerplichting wijzig;

    SroiVerplichtingResource(WijzigSroiVerplichting wijzig) {
        this.wijzig = wijzig;
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT)
    @Operation(operationId = "leesSroiVerplichting", summary = "Eén social-returnverplichting")
    public SroiVerplichtingWeergave een(@PathParam("id") UUID id) {
        return SroiVerplichtingWeergave.van(wijzig.zichtbaar(id));
    }

    @PUT
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT, handeling = "sroi-verplichting-gewijzigd")
    @Transactional
    @Operation(operationId = "wijzigSroiVerplichting", summary = "Wijzig aanbesteding, bedrag of periode van een verplichting, of sluit haar (`status` `gesloten`)",
            description = "Vervangt aanbesteding, bedrag en periode; `status` weglaten laat haar zoals ze is. De werkgever en de opdrachtgever "
                    + "blijven: een `opdrachtgever` die afwijkt is `400`. Dezelfde regels als bij vastleggen.")
    public SroiVerplichtingWeergave wijzig(@PathParam("id") UUID id, @Valid @NotNull SroiVerplichtingVerzoek body) {
        SroiVerplichting v = wijzig.zichtbaar(id);
        if (body.opdrachtgever() != null && !body.opdrachtgever().equals(v.opdrachtgever())) {
            throw ApiProblem.invalid("opdrachtgever", "blijft " + v.opdrachtgever() + ": een ander contract is een andere verplichting");
        }
        return SroiVerplichtingWeergave.van(wijzig.wijzig(id, body.aanbesteding(), body.bedrag(), body.periodeVan(), body.periodeTot(), body.status()));
    }
}
