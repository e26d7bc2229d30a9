package nl.wsp.reporting.referentie;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/regios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regio's", description = "De 35 arbeidsmarktregio's en hun gemeenten (referentiegegevens, alleen lezen)")
public class RegioResource {

    private final Regios regios;

    RegioResource(Regios regios) {
        this.regios = regios;
    }

    public record Regio(@Schema(examples = "Amersfoort") String naam,
                        @Schema(examples = "[\"Amersfoort\", \"Baarn\", \"Bunschoten\", \"Leusden\", \"Nijkerk\", \"Soest\", \"Woudenberg\"]") List<String> gemeenten) {
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "lijstRegios", summary = "Alle arbeidsmarktregio's met hun gemeenten")
    public List<Regio> alle() {
        return regios.alle().stream().map(r -> new Regio(r, regios.gemeenten(r))).toList();
    }

    @GET
    @Path("/{regio}")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesRegio", summary = "Eén arbeidsmarktregio met haar gemeenten")
    public Regio een(@PathParam("regio") String regio) {
        if (!regios.bestaat(regio)) {
            throw ApiProblem.notFound("Regio " + regio);
        }
        return new Regio(regio, regios.gemeenten(regio));
    }
}
