package nl.wsp.matching.traject;

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
import nl.wsp.matching.traject.api.AfrondingVerzoek;
import nl.wsp.matching.traject.api.TrajectVerzoek;
import nl.wsp.matching.traject.api.TrajectWeergave;
import nl.wsp.platform.logboek.Persoonsgegevens;
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

/**
 * Learn-work tracks, orientation places and practical learning as trajectories of a candidate with an outcome (issue 18
 * item 4, ADR 0048), for the candidate's own partner only.
 */
@Persoonsgegevens(activiteit = "traject")
@Path("/api/v1/trajecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trajecten", description = "Leerwerktrajecten, oriëntatieplekken en praktijkleren van een kandidaat, met hun uitkomst")
public class TrajectResource {

    private final Trajecten trajecten;

    TrajectResource(Trajecten trajecten) {
        this.trajecten = trajecten;
    }

    @POST
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "startTraject", summary = "Start een leerwerktraject, oriëntatieplek of praktijkleren van een eigen kandidaat",
            description = "Door een adviseur of het cliëntsysteem van de partner van de kandidaat; een kandidaat van een ander: 404.")
    @APIResponse(responseCode = "201", description = "Gestart",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrajectWeergave.class)))
    @APIResponse(responseCode = "404", description = "Geen kandidaat van deze partner", content = @Content(mediaType = "application/problem+json"))
    public Response start(@Valid @NotNull TrajectVerzoek body) {
        Traject t = trajecten.start(body.kandidaatId(), body.soort(), body.startdatum(), body.geplandeEinddatum());
        return Response.created(URI.create("/api/v1/trajecten/" + t.id())).entity(TrajectWeergave.van(t)).build();
    }

    @GET
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "lijstTrajecten", summary = "De trajecten van een eigen kandidaat, oudste eerst")
    @APIResponse(responseCode = "404", description = "Geen kandidaat van deze partner", content = @Content(mediaType = "application/problem+json"))
    public List<TrajectWeergave> lijst(@QueryParam("kandidaatId") @Parameter(description = "De kandidaat (verplicht)", required = true) UUID kandidaatId) {
        if (kandidaatId == null) {
            throw ApiProblem.invalid("kandidaatId", "verplicht");
        }
        return trajecten.vanKandidaat(kandidaatId).stream().map(TrajectWeergave::van).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "leesTraject", summary = "Eén traject, voor de partner van de kandidaat")
    @APIResponse(responseCode = "404", description = "Bestaat niet, of niet van deze partner", content = @Content(mediaType = "application/problem+json"))
    public TrajectWeergave lees(@PathParam("id") UUID id) {
        return TrajectWeergave.van(trajecten.lees(id));
    }

    @POST
    @Path("/{id}/afronding")
    @RolesAllowed({"adviseur", "partnersysteem"})
    @Operation(operationId = "rondTrajectAf", summary = "Rond een traject af met zijn uitkomst (praktijkverklaring, diploma of certificaat, naar werk …)")
    @APIResponse(responseCode = "404", description = "Bestaat niet, of niet van deze partner", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "traject-afgerond: de uitkomst is al vastgelegd", content = @Content(mediaType = "application/problem+json"))
    public TrajectWeergave rondAf(@PathParam("id") UUID id, @Valid @NotNull AfrondingVerzoek body) {
        return TrajectWeergave.van(trajecten.rondAf(id, body.einddatum(), body.uitkomst()));
    }
}
