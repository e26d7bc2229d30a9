package nl.wsp.account.contactmoment;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.transaction.Transactional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.account.contactmoment.api.ContactmomentVerzoek;
import nl.wsp.account.contactmoment.api.ContactmomentWeergave;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.page.Pagina;
import nl.wsp.account.werkgever.WerkgeverRepository;
import nl.wsp.account.werkgever.Toegang;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/werkgevers/{werkgeverId}/contactmomenten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contactmomenten", description = "Bezoek, telefoon, mail en bijeenkomst met een werkgever")
public class ContactmomentResource {

    private final RegistreerContactmoment registreer;
    private final ContactmomentRepository contactmomenten;
    private final Toegang toegang;

    ContactmomentResource(RegistreerContactmoment registreer, ContactmomentRepository contactmomenten, Toegang toegang) {
        this.registreer = registreer;
        this.contactmomenten = contactmomenten;
        this.toegang = toegang;
    }

    @POST
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT, handeling = "geregistreerd")
    @Transactional
    @Operation(operationId = "registreerContactmoment", summary = "Registreer een contactmoment (elke adviseur van elke partner)")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactmomentWeergave.class)))
    public Response registreer(@PathParam("werkgeverId") UUID werkgeverId, @Valid @NotNull ContactmomentVerzoek body) {
        Contactmoment c = registreer.registreer(werkgeverId, body.adviseurId(), body.soort(), body.datum(), body.samenvatting(),
                body.vervolgafspraak(), body.vervolgUiterlijk(), body.diensten());
        return Response.created(URI.create("/api/v1/werkgevers/" + werkgeverId + "/contactmomenten/" + c.id()))
                .entity(ContactmomentWeergave.van(c)).build();
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT)
    @Operation(operationId = "lijstContactmomenten", summary = "Contactmomenten van een werkgever, nieuwste eerst")
    public Pagina<ContactmomentWeergave> lijst(@PathParam("werkgeverId") UUID werkgeverId,
                                               @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                               @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        toegang.zichtbareWerkgever(werkgeverId);
        return contactmomenten.vanWerkgever(werkgeverId, cursor, nl.wsp.platform.page.Cursor.limiet(limiet)).map(ContactmomentWeergave::van);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT)
    @Operation(operationId = "leesContactmoment", summary = "Eén contactmoment")
    public ContactmomentWeergave een(@PathParam("werkgeverId") UUID werkgeverId, @PathParam("id") UUID id) {
        toegang.zichtbareWerkgever(werkgeverId);
        return contactmomenten.findByIdOptional(id).filter(c -> c.werkgeverId().equals(werkgeverId))
                .map(ContactmomentWeergave::van).orElseThrow(() -> ApiProblem.notFound("Contactmoment " + id));
    }
}
