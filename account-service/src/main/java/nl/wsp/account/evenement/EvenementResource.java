package nl.wsp.account.evenement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import nl.wsp.account.beller.Beller;
import nl.wsp.account.evenement.api.AanwezigheidVerzoek;
import nl.wsp.account.evenement.api.EvenementVerzoek;
import nl.wsp.account.evenement.api.EvenementWeergave;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.http.Referentie;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/evenementen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evenementen", description = "Werkgeversbijeenkomsten, speedmeets, banenmarkten en de Meet&Match, met wie er kwam")
public class EvenementResource {

    private final RegistreerEvenement registreer;
    private final LegAanwezigheidVast aanwezigheid;
    private final EvenementRepository evenementen;
    private final Beller beller;

    EvenementResource(RegistreerEvenement registreer, LegAanwezigheidVast aanwezigheid, EvenementRepository evenementen, Beller beller) {
        this.registreer = registreer;
        this.aanwezigheid = aanwezigheid;
        this.evenementen = evenementen;
        this.beller = beller;
    }

    @POST
    @RolesAllowed({"adviseur", "beheerder"})
    @Transactional
    @Operation(operationId = "registreerEvenement", summary = "Registreer een werkgeversevenement (soort, niveau, datum, organiserende partner)",
            description = "Een adviseur organiseert namens de eigen partner; een beheerder noemt de partner (`organisator`). "
                    + "Niveau `branche` noemt de `sector`. Het evenement hoort bij de regio van de organisator.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvenementWeergave.class)))
    public Response registreer(@Valid @NotNull EvenementVerzoek body) {
        Evenement e = registreer.registreer(body.naam(), body.soort(), body.niveau(), body.datum(), body.organisator(), body.sector());
        return Response.created(URI.create("/api/v1/evenementen/" + e.id())).entity(EvenementWeergave.van(e)).build();
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.EVENEMENTEN)
    @Operation(operationId = "lijstEvenementen", summary = "Werkgeversevenementen, nieuwste eerst",
            description = "Van de eigen regio (een landelijke beheerder: alle, of `regio`); cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<EvenementWeergave> lijst(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "Alleen de evenementen van deze arbeidsmarktregio") String regio,
            @QueryParam("soort") @Parameter(description = "Alleen deze soort") EvenementSoort soort,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        String eigen = beller.regio().orElse(null);
        if (eigen != null && regio != null && !eigen.equals(regio)) {
            return new Pagina<>(java.util.List.of(), null); // another region's events are absent from the list
        }
        return evenementen.lijst(eigen != null ? eigen : regio, soort, cursor, Cursor.limiet(limiet)).map(EvenementWeergave::van);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.EVENEMENTEN)
    @Operation(operationId = "leesEvenement", summary = "Eén werkgeversevenement met de aanwezige werkgevers en het aantal kandidaten")
    public EvenementWeergave een(@PathParam("id") UUID id) {
        return EvenementWeergave.van(aanwezigheid.zichtbaar(id));
    }

    @PUT
    @Path("/{id}/aanwezigheid")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.EVENEMENTEN, handeling = "vastgelegd")
    @Transactional
    @Operation(operationId = "legAanwezigheidVast", summary = "Leg vast wie er kwam: de werkgevers en het aantal kandidaten (vervangt een eerdere vastlegging)",
            description = "Elke adviseur van de regio van het evenement, of een beheerder; de werkgevers zijn werkgevers van die regio. "
                    + "409 `evenement-niet-gehouden` zolang de datum van het evenement nog niet bereikt is.")
    @APIResponse(responseCode = "409", description = "Het evenement heeft nog niet plaatsgevonden: urn:nl:wsp:probleem:evenement-niet-gehouden, met datum",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "Vastgelegd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvenementWeergave.class)))
    public EvenementWeergave legVast(@PathParam("id") UUID id, @Valid @NotNull AanwezigheidVerzoek body) {
        return EvenementWeergave.van(aanwezigheid.legVast(id, body.werkgeverIds(), body.aantalKandidaten()));
    }
}
