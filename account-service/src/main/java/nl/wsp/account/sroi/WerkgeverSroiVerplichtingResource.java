package nl.wsp.account.sroi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.sroi.api.SroiVerplichtingVerzoek;
import nl.wsp.account.sroi.api.SroiVerplichtingWeergave;
import nl.wsp.account.werkgever.Toegang;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Issue 17 item 6 (docs/adr/0032): an employer's social return obligations, recorded and listed by every adviser of the
 * employer's region and by a beheerder. An obligation names no person, but the employer may be a sole proprietorship
 * (its owner): every read and write is in the processing log under the employer, as every other employer read (ADR 0032 §9).
 */
@Path("/api/v1/werkgevers/{werkgeverId}/sroi-verplichtingen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SROI-verplichtingen", description = "Social return: de verplichting van een werkgever uit een aanbesteding (bedrag, periode, opdrachtgever)")
public class WerkgeverSroiVerplichtingResource {

    private final LegSroiVerplichtingVast legVast;
    private final SroiVerplichtingRepository verplichtingen;
    private final Toegang toegang;

    WerkgeverSroiVerplichtingResource(LegSroiVerplichtingVast legVast, SroiVerplichtingRepository verplichtingen, Toegang toegang) {
        this.legVast = legVast;
        this.verplichtingen = verplichtingen;
        this.toegang = toegang;
    }

    @POST
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT, handeling = "sroi-verplichting-vastgelegd")
    @Transactional
    @Operation(operationId = "legSroiVerplichtingVast", summary = "Leg een social-returnverplichting van een werkgever vast (aanbesteding, opdrachtgever, bedrag, periode)",
            description = "Elke adviseur van de regio van de werkgever, of een beheerder. `opdrachtgever` is een actieve partner van die regio; "
                    + "`bedrag` is positief in euro's met hoogstens twee decimalen; `periodeTot` ligt niet vóór `periodeVan`. "
                    + "Een werkgever van een andere regio is `404`.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SroiVerplichtingWeergave.class)))
    public Response legVast(@PathParam("werkgeverId") UUID werkgeverId, @Valid @NotNull SroiVerplichtingVerzoek body) {
        Werkgever w = toegang.zichtbareWerkgever(werkgeverId);
        if (body.opdrachtgever() == null) {
            throw ApiProblem.invalid("opdrachtgever", "verplicht: de partner wiens aanbesteding het is");
        }
        SroiVerplichting v = legVast.legVast(w, body.aanbesteding(), body.opdrachtgever(), body.bedrag(), body.periodeVan(), body.periodeTot());
        return Response.created(URI.create("/api/v1/sroi-verplichtingen/" + v.id())).entity(SroiVerplichtingWeergave.van(v)).build();
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT)
    @Operation(operationId = "lijstSroiVerplichtingen", summary = "De social-returnverplichtingen van een werkgever, de laatste periode eerst")
    public List<SroiVerplichtingWeergave> lijst(@PathParam("werkgeverId") UUID werkgeverId) {
        Werkgever w = toegang.zichtbareWerkgever(werkgeverId);
        return verplichtingen.van(w.id()).stream().map(SroiVerplichtingWeergave::van).toList();
    }
}
