package nl.wsp.account.team;

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
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.team.api.TeamVerzoek;
import nl.wsp.account.team.api.TeamWeergave;
import nl.wsp.account.team.api.TeamlidWeergave;
import nl.wsp.platform.http.Referentie;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Uitvoeringseenheden van een regio met hun werkgebied, en de adviseurs die erbij horen")
public class TeamResource {

    private final RichtTeamIn richtIn;
    private final DeelAdviseurIn deelIn;
    private final TeamRepository teams;
    private final TeamlidRepository leden;
    private final AdviseurRepository adviseurs;
    private final Beller beller;

    TeamResource(RichtTeamIn richtIn, DeelAdviseurIn deelIn, TeamRepository teams, TeamlidRepository leden,
                 AdviseurRepository adviseurs, Beller beller) {
        this.richtIn = richtIn;
        this.deelIn = deelIn;
        this.teams = teams;
        this.leden = leden;
        this.adviseurs = adviseurs;
        this.beller = beller;
    }

    @POST
    @RolesAllowed("beheerder")
    @Operation(operationId = "richtTeamIn", summary = "Richt een team (uitvoeringseenheid) van een regio in met zijn werkgebied",
            description = "Het werkgebied zijn gemeenten van de regio; een gemeente mag in het werkgebied van twee teams liggen "
                    + "(Leudal bij Roermond en Weert). Een naam die de regio al heeft is `409 team-bestaat`.")
    @APIResponse(responseCode = "201", description = "Ingericht",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamWeergave.class)))
    public Response richtIn(@Valid @NotNull TeamVerzoek body) {
        if (!beller.ziet(body.regio())) {
            throw ApiProblem.invalid("regio", "een beheerder van regio " + beller.regio().orElse("") + " richt alleen teams van die regio in");
        }
        Team t = richtIn.richtIn(body.regio(), body.naam(), body.werkgebied());
        return Response.created(URI.create("/api/v1/teams/" + t.id())).entity(TeamWeergave.van(t)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("beheerder")
    @Transactional
    @Operation(operationId = "wijzigTeam", summary = "Wijzig de naam of het werkgebied van een team (de regio blijft)")
    public TeamWeergave wijzig(@PathParam("id") UUID id, @Valid @NotNull TeamVerzoek body) {
        Team t = zichtbaar(id);
        if (!t.regio().equals(body.regio())) {
            throw ApiProblem.invalid("regio", "de regio van een team verandert niet");
        }
        return TeamWeergave.van(richtIn.wijzig(t, body.naam(), body.werkgebied()));
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "lijstTeams", summary = "De teams, eventueel van één regio",
            description = "Gesorteerd op regio en naam; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<TeamWeergave> lijst(@QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "Alleen de teams van deze arbeidsmarktregio") String regio,
                                     @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                     @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        List<Team> zichtbaar = teams.inRegio(regio).stream().filter(t -> beller.ziet(t.regio())).toList();
        return Pagina.uit(zichtbaar, cursor, Cursor.limiet(limiet), t -> Cursor.sleutel(t.regio(), t.naam(), t.id().toString()))
                .map(TeamWeergave::van);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "leesTeam", summary = "Eén team met zijn werkgebied")
    public TeamWeergave een(@PathParam("id") UUID id) {
        return TeamWeergave.van(zichtbaar(id));
    }

    @PUT
    @Path("/{id}/leden/{adviseurId}")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed("beheerder")
    @Persoonsgegevens(activiteit = Verwerkingen.ADVISEURS, handeling = "ingedeeld")
    @Operation(operationId = "deelAdviseurIn", summary = "Deel een adviseur van de regio in bij dit team",
            description = "Een adviseur hoort bij hoogstens één team: wie al bij een ander team hoorde, gaat over. Nogmaals "
                    + "hetzelfde verandert niets. Een adviseur van een andere regio dan het team is `400` met `adviseurId`.")
    public TeamlidWeergave deelIn(@PathParam("id") UUID id, @PathParam("adviseurId") UUID adviseurId) {
        Team t = zichtbaar(id);
        Adviseur a = adviseurs.findByIdOptional(adviseurId).filter(x -> beller.ziet(x.regio()))
                .orElseThrow(() -> ApiProblem.notFound("Adviseur " + adviseurId));
        return TeamlidWeergave.van(deelIn.deelIn(t, a));
    }

    @GET
    @Path("/{id}/leden")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ADVISEURS)
    @Operation(operationId = "lijstTeamleden", summary = "De adviseurs van een team",
            description = "Op adviseur-id; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<TeamlidWeergave> leden(@PathParam("id") UUID id,
                                        @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                        @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        Team t = zichtbaar(id);
        return Pagina.uit(leden.van(t.id()), cursor, Cursor.limiet(limiet), l -> Cursor.sleutel(l.adviseurId().toString()))
                .map(TeamlidWeergave::van);
    }

    private Team zichtbaar(UUID id) {
        return teams.findByIdOptional(id).filter(t -> beller.ziet(t.regio())).orElseThrow(() -> ApiProblem.notFound("Team " + id));
    }
}
