package nl.wsp.vacancy.vacature;

import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.vacancy.privacy.Verwerkingen;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import nl.wsp.platform.http.Referentie;
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
import jakarta.ws.rs.core.UriInfo;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.vacancy.vacature.api.IntrekVerzoek;
import nl.wsp.platform.page.Pagina;
import nl.wsp.vacancy.vacature.api.StatusAantal;
import nl.wsp.vacancy.vacature.api.VacatureVerzoek;
import nl.wsp.vacancy.vacature.api.VacatureWeergave;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

@Tag(name = "Vacatures", description = "Vacatures van werkgevers: de eigen-bestandstermijn van 24 uur, daarna breed uitgezet")
@Path("/api/v1/vacatures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VacatureResource {

    private final OpenVacature openVacature;
    private final WijzigVacature wijzigVacature;
    private final ZetVacatureBreedUit zetVacatureBreedUit;
    private final TrekVacatureIn trekVacatureIn;
    private final VacatureZoeker zoeker;

    VacatureResource(OpenVacature openVacature, WijzigVacature wijzigVacature, ZetVacatureBreedUit zetVacatureBreedUit,
                     TrekVacatureIn trekVacatureIn, VacatureZoeker zoeker) {
        this.openVacature = openVacature;
        this.wijzigVacature = wijzigVacature;
        this.zetVacatureBreedUit = zetVacatureBreedUit;
        this.trekVacatureIn = trekVacatureIn;
        this.zoeker = zoeker;
    }

    @POST
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.BEHEERDER})
    @Persoonsgegevens(activiteit = Verwerkingen.VACATURES, handeling = "geregistreerd")
    @Operation(operationId = "openVacature", summary = "Open een vacature in de eigen-bestandstermijn van de accountmanager (standaard 24 uur)")
    @APIResponse(responseCode = "201", description = "Geopend in de eigen-bestandstermijn",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacatureWeergave.class)))
    public Response open(@Valid @NotNull VacatureVerzoek body,
                         @jakarta.ws.rs.HeaderParam("Idempotency-Key") @jakarta.validation.constraints.Size(min = 1, max = 100)
                         @Parameter(description = "Een sleutel die u per vacature kiest (1–100 tekens): een herhaald verzoek met dezelfde sleutel en body antwoordt de eerder aangemaakte vacature in plaats van een tweede")
                         String idempotencyKey,
                         @jakarta.ws.rs.core.Context UriInfo uri) {
        Vacature vacature = openVacature.open(body.werkgeverId(), body.inhoud(), idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(vacature.id().toString()).build())
                .entity(zoeker.lees(vacature.id())).build();
    }

    @GET
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Persoonsgegevens(activiteit = Verwerkingen.VACATURES)
    @Operation(operationId = "zoekVacatures", summary = "Zoek vacatures die u mag zien (in de eigen-bestandstermijn alleen die van uw eigen partner)")
    public Pagina<VacatureWeergave> zoek(@QueryParam("status") @Parameter(description = "Alleen vacatures met deze status") VacatureStatus status,
                                         @QueryParam("gemeente") @Referentie(Referentie.GEMEENTE) @Parameter(description = "De gemeente van de werkplek; een onbekende gemeente is 400") String gemeente,
                                         @QueryParam("sector") @Parameter(description = "De sector") String sector,
                                         @QueryParam("beroep") @Referentie(Referentie.ESCO_BEROEP) @Parameter(description = "Het beroep: een ESCO-beroeps-URI; een onbekende URI is 400") String beroep,
                                         @QueryParam("werkgever") @Parameter(description = "Alleen de vacatures van deze werkgever (zijn id)") UUID werkgever,
                                         @QueryParam("accountmanager") @Parameter(description = "Alleen de vacatures van deze accountmanager (een adviseur-id)") UUID accountmanager,
                                         @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                         @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal tussen 1 en 200") @Max(value = 200, message = "een geheel getal tussen 1 en 200") Integer limiet) {
        return zoeker.zoek(new VacatureZoeker.Filter(status, gemeente, sector, beroep, werkgever, accountmanager), cursor, limiet);
    }

    @GET
    @Path("aantallen")
    @RolesAllowed({CurrentUser.DASHBOARD, CurrentUser.BEHEERDER})
    @Operation(operationId = "telVacatures", summary = "Aantal vacatures per regio en status (voor dashboards)")
    public List<StatusAantal> aantallen() {
        return zoeker.aantallen();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Persoonsgegevens(activiteit = Verwerkingen.VACATURES)
    @Operation(operationId = "leesVacature", summary = "Een vacature met haar statusgeschiedenis (wie, wanneer, waarom)")
    public VacatureWeergave lees(@PathParam("id") UUID id) {
        return zoeker.lees(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.BEHEERDER})
    @Persoonsgegevens(activiteit = Verwerkingen.VACATURES, handeling = "gewijzigd")
    @Operation(operationId = "wijzigVacature", summary = "Wijzig een actieve vacature (accountmanager of beheerder)")
    public VacatureWeergave wijzig(@PathParam("id") UUID id, @Valid @NotNull VacatureVerzoek body) {
        wijzigVacature.wijzig(id, body.werkgeverId(), body.inhoud());
        return zoeker.lees(id);
    }

    @POST
    @Path("{id}/breed-uitzetten")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.BEHEERDER})
    @Persoonsgegevens(activiteit = Verwerkingen.VACATURES, handeling = "gewijzigd")
    @Operation(operationId = "zetVacatureBreedUit", summary = "Zet een open vacature nu al breed uit naar alle partners (accountmanager of beheerder)")
    public VacatureWeergave zetBreedUit(@PathParam("id") UUID id) {
        zetVacatureBreedUit.zetBreedUit(id);
        return zoeker.lees(id);
    }

    @POST
    @Path("{id}/intrekken")
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.BEHEERDER})
    @Persoonsgegevens(activiteit = Verwerkingen.VACATURES, handeling = "gewijzigd")
    @Operation(operationId = "trekVacatureIn", summary = "Trek een actieve vacature in; een ingetrokken vacature wordt nooit breed uitgezet")
    public VacatureWeergave trekIn(@PathParam("id") UUID id, @Valid @NotNull IntrekVerzoek body) {
        trekVacatureIn.trekIn(id, body.reden().strip());
        return zoeker.lees(id);
    }
}
