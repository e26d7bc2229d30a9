package nl.wsp.account.adviseur;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.transaction.Transactional;
import nl.wsp.platform.http.Referentie;

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
import nl.wsp.account.adviseur.api.AdviseurVerzoek;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.adviseur.api.AdviseurWeergave;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/adviseurs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adviseurs", description = "Adviseurs en accountmanagers van de partners")
public class AdviseurResource {

    private final RegistreerAdviseur registreerAdviseur;
    private final AdviseurRepository adviseurs;
    private final Beller beller;

    AdviseurResource(RegistreerAdviseur registreerAdviseur, AdviseurRepository adviseurs, Beller beller) {
        this.registreerAdviseur = registreerAdviseur;
        this.adviseurs = adviseurs;
        this.beller = beller;
    }

    @POST
    @RolesAllowed("beheerder")
    @Persoonsgegevens(activiteit = Verwerkingen.ADVISEURS, handeling = "geregistreerd")
    @Transactional
    @Operation(operationId = "registreerAdviseur", summary = "Registreer een adviseur van een partner")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Gebruikersnaam bestaat al", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdviseurWeergave.class)))
    public Response registreer(@Valid @NotNull AdviseurVerzoek body) {
        Adviseur a = registreerAdviseur.registreer(body.partner(), body.gebruikersnaam(), body.naam(), beller::ziet);
        return Response.created(URI.create("/api/v1/adviseurs/" + a.id())).entity(AdviseurWeergave.van(a)).build();
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ADVISEURS)
    @Operation(operationId = "lijstAdviseurs", summary = "Adviseurs, eventueel van één partner of regio",
            description = "Gesorteerd op regio en naam; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<AdviseurWeergave> lijst(@QueryParam("partner") @Referentie(Referentie.PARTNER) @Parameter(description = "Alleen de adviseurs van deze partner (zijn `code`)") String partner,
                                          @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "Alleen de adviseurs van deze arbeidsmarktregio") String regio,
                                          @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                          @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        List<Adviseur> zichtbaar = adviseurs.lijst(partner, regio).stream().filter(a -> beller.ziet(a.regio())).toList();
        return Pagina.uit(zichtbaar, cursor, Cursor.limiet(limiet), a -> Cursor.sleutel(a.regio(), a.naam(), a.id().toString()))
                .map(AdviseurWeergave::van);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ADVISEURS)
    @Operation(operationId = "leesAdviseur", summary = "Eén adviseur")
    public AdviseurWeergave een(@PathParam("id") UUID id) {
        return adviseurs.findByIdOptional(id).filter(a -> beller.ziet(a.regio())).map(AdviseurWeergave::van).orElseThrow(() -> ApiProblem.notFound("Adviseur " + id));
    }
}
