package nl.wsp.matching.voordracht;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.platform.logboek.Persoonsgegevens;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.matching.toegang.Beller;
import nl.wsp.matching.voordracht.api.UitkomstVerzoek;
import nl.wsp.matching.voordracht.api.VoordrachtVerzoek;
import nl.wsp.matching.voordracht.api.VoordrachtWeergave;
import nl.wsp.matching.voordracht.api.VoordrachtenPagina;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** Proposals of candidates for vacancies and the employer's outcome. */
@Persoonsgegevens(activiteit = "bemiddeling")
@Path("/api/v1/voordrachten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Voordrachten", description = "Een adviseur draagt een kandidaat voor; de werkgever nodigt uit, neemt aan of wijst af")
public class VoordrachtResource {

    private final DoeVoordracht doeVoordracht;
    private final RegistreerUitkomst registreerUitkomst;
    private final Voordrachtenlijst lijst;
    private final VoordrachtRepository voordrachten;
    private final Beller beller;

    VoordrachtResource(DoeVoordracht doeVoordracht, RegistreerUitkomst registreerUitkomst, Voordrachtenlijst lijst,
                       VoordrachtRepository voordrachten, Beller beller) {
        this.doeVoordracht = doeVoordracht;
        this.registreerUitkomst = registreerUitkomst;
        this.lijst = lijst;
        this.voordrachten = voordrachten;
        this.beller = beller;
    }

    @POST
    @RolesAllowed("adviseur")
    @Operation(operationId = "draagKandidaatVoor", summary = "Draag een kandidaat voor op een open vacature (tijdens de eigen-bestandtermijn alleen de partner van de accountmanager, uit het eigen bestand)")
    @APIResponse(responseCode = "409", description = "vacature-niet-open, kandidaat-niet-beschikbaar, eigen-bestand-termijn of voordracht-bestaat")
    @APIResponse(responseCode = "201", description = "Voorgedragen",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoordrachtWeergave.class)))
    public Response draagVoor(@Valid @NotNull VoordrachtVerzoek body) {
        Voordracht v = doeVoordracht.doe(body.vacatureId(), body.kandidaatId(), beller.eigenPartner(), beller.wie());
        return Response.created(URI.create("/api/v1/voordrachten/" + v.id())).entity(VoordrachtWeergave.van(v)).build();
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "lijstVoordrachten", summary = "Voordrachten op een vacature en/of van een kandidaat, voor zover de partner erbij betrokken is; oudste eerst")
    public VoordrachtenPagina voordrachten(@QueryParam("vacatureId") @Parameter(description = "Alleen de voordrachten op deze vacature") UUID vacatureId,
                                           @QueryParam("kandidaatId") @Parameter(description = "Alleen de voordrachten van deze kandidaat") UUID kandidaatId,
                                           @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                           @QueryParam("limiet") @DefaultValue("50") @Parameter(description = "Hoeveel (standaard 50, hoogstens 200)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") int limiet) {
        String partner = beller.zichtbaarheidsPartner();
        Voordrachtenlijst.Pagina pagina = lijst.van(vacatureId, kandidaatId, partner,
                cursor, limiet);
        return new VoordrachtenPagina(pagina.voordrachten().stream().map(VoordrachtWeergave::van).toList(),
                pagina.volgendeCursor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "leesVoordracht", summary = "Eén voordracht, voor de betrokken partners (voordragend, eigenaar van de kandidaat, accountmanager)")
    public VoordrachtWeergave voordracht(@PathParam("id") UUID id) {
        return voordrachten.findByIdOptional(id).filter(v -> beller.isBeheerder() || v.isBetrokken(beller.eigenPartner()))
                .map(VoordrachtWeergave::van).orElseThrow(() -> ApiProblem.notFound("Voordracht " + id));
    }

    @POST
    @Path("/{id}/uitkomst")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "registreerUitkomst", summary = "Registreer de uitkomst van de werkgever: uitgenodigd, aangenomen of afgewezen (met reden)")
    @APIResponse(responseCode = "409", description = "ongeldige-overgang: deze uitkomst volgt niet op de huidige stand")
    public VoordrachtWeergave uitkomst(@PathParam("id") UUID id, @Valid @NotNull UitkomstVerzoek body) {
        String partner = beller.zichtbaarheidsPartner();
        return VoordrachtWeergave.van(registreerUitkomst.registreer(id, body.uitkomst(), body.reden(), body.toelichting(),
                partner, beller.wie()));
    }
}
