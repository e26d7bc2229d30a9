package nl.wsp.vacancy.regio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.vacancy.regio.api.RegioInstellingWijzigingWeergave;
import nl.wsp.vacancy.regio.api.RegioInstellingenVerzoek;
import nl.wsp.vacancy.regio.api.RegioInstellingenWeergave;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;

@Tag(name = "Regio-instellingen", description = "Wat een arbeidsmarktregio zelf instelt: de eigen-bestandstermijn van haar vacatures")
@Path("/api/v1/regio-instellingen/{regio}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegioInstellingResource {

    private final RegioInstellingRepository instellingen;
    private final RegioInstellingen huidige;
    private final WijzigRegioInstellingen wijzig;

    RegioInstellingResource(RegioInstellingRepository instellingen, RegioInstellingen huidige, WijzigRegioInstellingen wijzig) {
        this.instellingen = instellingen;
        this.huidige = huidige;
        this.wijzig = wijzig;
    }

    @GET
    @Transactional
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Operation(operationId = "leesRegioInstellingen", summary = "De instellingen van een arbeidsmarktregio (alleen de eigen regio)",
            description = "De eigen-bestandstermijn die een vacature van de regio krijgt die nu opent. De `ETag` stuurt u als `If-Match` mee bij een wijziging.")
    @APIResponse(responseCode = "200", description = "De instellingen",
            headers = @Header(name = "ETag", description = "De versie van deze instellingen", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegioInstellingenWeergave.class)))
    public Response lees(@PathParam("regio") @Parameter(description = "De naam van de arbeidsmarktregio, zoals in de referentiedata") String regio) {
        wijzig.magZien(regio);
        return weergave(regio);
    }

    @PUT
    @RolesAllowed(CurrentUser.BEHEERDER)
    @Operation(operationId = "wijzigRegioInstellingen", summary = "Stel de instellingen van een arbeidsmarktregio in (beheerder van die regio of landelijk)",
            description = "Geldt voor vacatures die daarna openen; een open vacature houdt de termijn waarmee zij opende. Elke wijziging wordt vastgelegd (wie, wanneer, oud en nieuw).")
    @APIResponse(responseCode = "200", description = "Ingesteld",
            headers = @Header(name = "ETag", description = "De nieuwe versie van deze instellingen", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegioInstellingenWeergave.class)))
    @APIResponse(responseCode = "412", description = "voorwaarde-mislukt: de instellingen zijn gewijzigd sinds de ETag in If-Match", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "voorwaarde-vereist: If-Match ontbreekt", content = @Content(mediaType = "application/problem+json"))
    public Response stelIn(@PathParam("regio") @Parameter(description = "De naam van de arbeidsmarktregio, zoals in de referentiedata") String regio,
                           @HeaderParam("If-Match") @Parameter(description = "De `ETag` van de instellingen zoals u ze las") String ifMatch,
                           @Valid @NotNull RegioInstellingenVerzoek body) {
        wijzig.magZien(regio);
        Duration termijn = WijzigRegioInstellingen.termijn(body.eigenBestandTermijn());
        wijzig.wijzig(regio, termijn, ifMatch);
        return weergave(regio);
    }

    @GET
    @Path("wijzigingen")
    @Transactional
    @RolesAllowed(CurrentUser.BEHEERDER)
    @Operation(operationId = "lijstRegioInstellingWijzigingen", summary = "Elke wijziging van de instellingen van een regio: wie, wanneer, oud en nieuw",
            description = "Oudste eerst; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<RegioInstellingWijzigingWeergave> wijzigingen(
            @PathParam("regio") @Parameter(description = "De naam van de arbeidsmarktregio, zoals in de referentiedata") String regio,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        wijzig.magZien(regio);
        return Pagina.uit(instellingen.wijzigingen(regio), cursor, Cursor.limiet(limiet), RegioInstellingResource::sleutel)
                .map(w -> new RegioInstellingWijzigingWeergave(w.id(), w.instelling(), w.oudeWaarde(), w.nieuweWaarde(),
                        w.gewijzigdDoor(), w.rol(), w.gewijzigdOp()));
    }

    private Response weergave(String regio) {
        RegioInstelling instelling = instellingen.lees(regio).orElse(null);
        Duration termijn = huidige.voor(regio);
        boolean eigen = instelling != null && instelling.eigenBestandTermijn().isPresent();
        RegioInstellingenWeergave weergave = new RegioInstellingenWeergave(regio, termijn.toString(), eigen ? "regio" : "standaard",
                eigen ? instelling.gewijzigdOp() : null, eigen ? instelling.gewijzigdDoor() : null);
        return Response.ok(weergave).header("ETag", Etag.van(instelling == null ? 0 : instelling.versie())).build();
    }

    /** Oldest first and unique: the moment in microseconds, zero-padded so that text order is time order, then the id. */
    private static String sleutel(RegioInstellingWijziging w) {
        long micros = w.gewijzigdOp().getEpochSecond() * 1_000_000L + w.gewijzigdOp().getNano() / 1_000;
        return String.format("%019d-%s", micros, w.id());
    }
}
