package nl.wsp.account.contactverzoek;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.account.contactverzoek.api.WebsiteContactverzoekOntvangst;
import nl.wsp.account.contactverzoek.api.WebsiteContactverzoekVerzoek;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public website's one operation (docs/adr/0042): it hands in an employer's contact request and reads nothing
 * back — no request, no employer, not who answers.
 */
@Path("/api/v1/website-contactverzoeken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contactverzoeken", description = "Verzoeken van werkgevers om contact: reactie binnen 24 uur")
public class WebsiteContactverzoekResource {

    private final OntvangWebsiteContactverzoek ontvang;

    WebsiteContactverzoekResource(OntvangWebsiteContactverzoek ontvang) {
        this.ontvang = ontvang;
    }

    @POST
    @RolesAllowed("website")
    @Persoonsgegevens(activiteit = Verwerkingen.CONTACTVERZOEKEN, handeling = "ontvangen")
    @Operation(operationId = "ontvangWebsiteContactverzoek",
            summary = "Een werkgever vraagt via de website om contact; reactie uiterlijk 24 uur later",
            description = "Alleen de rol `website` (client credentials). Het KvK-nummer wijst de werkgever aan: een bekende "
                    + "houdt zijn accountmanager, een onbekende wordt geregistreerd (zonder accountmanager). Daarna een gewoon "
                    + "contactverzoek: naar de accountmanager, anders de contactadviseur van de sectortafel, anders de "
                    + "contactpersoon van de regio; de 24-uursregel loopt. `email` of `telefoon` (of beide) is verplicht. "
                    + "Een website met claim `regio` neemt alleen gemeenten van die regio aan. Het antwoord zegt niet of de "
                    + "werkgever bekend was of wie antwoordt; de website kan niets teruglezen.")
    @APIResponse(responseCode = "202", description = "Ontvangen; de 24 uur lopen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebsiteContactverzoekOntvangst.class)))
    @APIResponse(responseCode = "429", description = "Te veel verzoeken: van deze client in de periode (ADR 0015), of al "
            + OntvangWebsiteContactverzoek.PER_WERKGEVER + " via de website voor dit KvK-nummer in de laatste 24 uur; "
            + "`Retry-After` zegt na hoeveel seconden het weer mag; er is niets vastgelegd",
            headers = @Header(name = "Retry-After", ref = "Retry-After"),
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Een ander verzoek registreerde dezelfde, nog onbekende werkgever (KvK-nummer) "
            + "op hetzelfde moment (`werkgever-bestaat`); opnieuw versturen gaat goed",
            content = @Content(mediaType = "application/problem+json"))
    public Response ontvang(@Valid @NotNull WebsiteContactverzoekVerzoek body) {
        return Response.accepted(WebsiteContactverzoekOntvangst.van(ontvang.ontvang(body))).build();
    }
}
