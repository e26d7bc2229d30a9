package nl.wsp.account.sectortafel;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.transaction.Transactional;
import nl.wsp.platform.http.Referentie;

import nl.wsp.account.beller.Beller;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.account.sectortafel.api.SectortafelVerzoek;
import nl.wsp.account.sectortafel.api.SectortafelWeergave;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/sectortafels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sectortafels", description = "Sectortafels per regio, elk met een contactadviseur")
public class SectortafelResource {

    private final RichtSectortafelIn richtIn;
    private final SectortafelRepository tafels;
    private final Beller beller;

    SectortafelResource(RichtSectortafelIn richtIn, SectortafelRepository tafels, Beller beller) {
        this.richtIn = richtIn;
        this.tafels = tafels;
        this.beller = beller;
    }

    @POST
    @RolesAllowed("beheerder")
    @Persoonsgegevens(activiteit = Verwerkingen.BEREIKBAARHEID, handeling = "ingericht")
    @Transactional
    @Operation(operationId = "richtSectortafelIn", summary = "Richt een sectortafel in")
    @APIResponse(responseCode = "201", description = "Ingericht",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectortafelWeergave.class)))
    public Response richtIn(@Valid @NotNull SectortafelVerzoek body) {
        if (!beller.ziet(body.regio())) {
            throw ApiProblem.invalid("regio", "een beheerder van regio " + beller.regio().orElse("") + " richt alleen sectortafels van die regio in");
        }
        Sectortafel t = richtIn.richtIn(body.regio(), body.naam(), body.sectoren(), body.contactAdviseurId(), body.contactTelefoon());
        return Response.created(URI.create("/api/v1/sectortafels/" + t.id())).entity(SectortafelWeergave.van(t)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("beheerder")
    @Persoonsgegevens(activiteit = Verwerkingen.BEREIKBAARHEID, handeling = "gewijzigd")
    @Transactional
    @Operation(operationId = "wijzigSectortafel", summary = "Wijzig naam, sectoren of contactadviseur van een sectortafel (de regio blijft)")
    public SectortafelWeergave wijzig(@PathParam("id") UUID id, @Valid @NotNull SectortafelVerzoek body) {
        Sectortafel t = tafels.findByIdOptional(id).filter(x -> beller.ziet(x.regio())).orElseThrow(() -> ApiProblem.notFound("Sectortafel " + id));
        if (!t.regio().equals(body.regio())) {
            throw ApiProblem.invalid("regio", "de regio van een sectortafel verandert niet");
        }
        return SectortafelWeergave.van(richtIn.wijzig(id, body.naam(), body.sectoren(), body.contactAdviseurId(), body.contactTelefoon()));
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.BEREIKBAARHEID)
    @Operation(operationId = "lijstSectortafels", summary = "Sectortafels, eventueel van één regio",
            description = "Gesorteerd op regio en naam; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<SectortafelWeergave> lijst(@QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "Alleen de sectortafels van deze arbeidsmarktregio") String regio,
                                          @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                          @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        List<Sectortafel> zichtbaar = tafels.inRegio(regio).stream().filter(t -> beller.ziet(t.regio())).toList();
        return Pagina.uit(zichtbaar, cursor, Cursor.limiet(limiet), t -> Cursor.sleutel(t.regio(), t.naam(), t.id().toString()))
                .map(SectortafelWeergave::van);
    }
}
