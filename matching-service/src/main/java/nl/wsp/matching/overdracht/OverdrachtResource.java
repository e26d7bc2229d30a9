package nl.wsp.matching.overdracht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import nl.wsp.matching.overdracht.api.AanvaardingVerzoek;
import nl.wsp.matching.overdracht.api.OverdrachtVerzoek;
import nl.wsp.matching.overdracht.api.OverdrachtWeergave;
import nl.wsp.matching.overdracht.api.WeigeringVerzoek;
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

/**
 * The handover of a candidate to another partner of the region, with both partners' consent (issue 18 item 4,
 * ADR 0046): the owner offers, the receiving partner accepts under its own reference or refuses. Only the two partners
 * see a handover; for anyone else it does not exist.
 */
@Persoonsgegevens(activiteit = "overdracht")
@Path("/api/v1/overdrachten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Overdrachten", description = "Een kandidaat gaat met instemming van beide partners over naar een andere partner van de regio")
public class OverdrachtResource {

    private final DraagKandidaatOver overdracht;

    OverdrachtResource(DraagKandidaatOver overdracht) {
        this.overdracht = overdracht;
    }

    @POST
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "biedKandidaatAan", summary = "Bied een eigen kandidaat aan een andere partner van de regio aan (bv. UWV aan de gemeente bij het einde van de WW)",
            description = "Door een adviseur of het cliëntsysteem van de partner van de kandidaat; een kandidaat van een ander: 404. "
                    + "De ontvangende partner moet een actieve partner van dezelfde regio zijn (400 op `naarPartner`). Tot de "
                    + "ontvangende partner instemt blijft de kandidaat van de eigen partner.")
    @APIResponse(responseCode = "201", description = "Aangeboden",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverdrachtWeergave.class)))
    @APIResponse(responseCode = "404", description = "Geen kandidaat van deze partner", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "kandidaat-niet-beschikbaar of overdracht-al-aangeboden", content = @Content(mediaType = "application/problem+json"))
    public Response bied(@Valid @NotNull OverdrachtVerzoek body) {
        Overdracht o = overdracht.bied(body.kandidaatId(), body.naarPartner(), body.reden());
        return Response.created(URI.create("/api/v1/overdrachten/" + o.id())).entity(OverdrachtWeergave.van(o)).build();
    }

    @GET
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "lijstOverdrachten", summary = "De overdrachten die de eigen partner aanbood of ontving, oudste eerst",
            description = "Cursorpaginering (`cursor`, `limiet` tot 200); `status` filtert, bv. `aangeboden` voor wat op een besluit wacht.")
    public Pagina<OverdrachtWeergave> lijst(
            @QueryParam("status") @Parameter(description = "Alleen overdrachten met deze status") Overdracht.Status status,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        return Pagina.uit(overdracht.vanDeBeller(status), cursor, Cursor.limiet(limiet),
                        o -> Cursor.sleutel(String.format("%019d%09d", o.aangebodenOp().getEpochSecond(), o.aangebodenOp().getNano()), o.id().toString()))
                .map(OverdrachtWeergave::van);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "leesOverdracht", summary = "Eén overdracht, voor de aanbiedende en de ontvangende partner")
    @APIResponse(responseCode = "404", description = "Bestaat niet, of deze partner is er niet bij betrokken", content = @Content(mediaType = "application/problem+json"))
    public OverdrachtWeergave lees(@PathParam("id") UUID id) {
        return OverdrachtWeergave.van(overdracht.lees(id));
    }

    @POST
    @Path("/{id}/aanvaarding")
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "aanvaardOverdracht", summary = "Stem als ontvangende partner in: de kandidaat wordt van deze partner, onder de eigen referentie",
            description = "Alleen de ontvangende partner (de aanbiedende: 403; anderen: 404). De kandidaat, zijn matchgegevens en zijn "
                    + "wijzigingen gaan in één transactie over; wat er al was (voordrachten, plaatsingen, inzet) blijft bij de partner die het deed. "
                    + "Daarna levert het eigen cliëntsysteem de kandidaat aan onder `referentie`.")
    @APIResponse(responseCode = "403", description = "De aanbiedende partner besluit niet zelf", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Bestaat niet, of deze partner is er niet bij betrokken", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "overdracht-al-besloten, kandidaat-niet-beschikbaar of referentie-bezet", content = @Content(mediaType = "application/problem+json"))
    public OverdrachtWeergave aanvaard(@PathParam("id") UUID id, @Valid @NotNull AanvaardingVerzoek body) {
        return OverdrachtWeergave.van(overdracht.aanvaard(id, body.referentie()));
    }

    @POST
    @Path("/{id}/weigering")
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "weigerOverdracht", summary = "Weiger als ontvangende partner, met reden: de kandidaat blijft van de aanbiedende partner")
    @APIResponse(responseCode = "403", description = "De aanbiedende partner besluit niet zelf", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Bestaat niet, of deze partner is er niet bij betrokken", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "overdracht-al-besloten", content = @Content(mediaType = "application/problem+json"))
    public OverdrachtWeergave weiger(@PathParam("id") UUID id, @Valid @NotNull WeigeringVerzoek body) {
        return OverdrachtWeergave.van(overdracht.weiger(id, body.reden()));
    }
}
