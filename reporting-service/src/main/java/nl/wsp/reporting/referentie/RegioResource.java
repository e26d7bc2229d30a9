package nl.wsp.reporting.referentie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
@Tag(name = "Regio's", description = "Arbeidsmarktregio's en hun gemeenten (referentiegegevens)")
public class RegioResource {

    private final Regios regios;

    RegioResource(Regios regios) {
        this.regios = regios;
    }

    public record Regio(String naam, List<String> gemeenten) {
    }

    public record RegioInvoer(@NotNull @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> gemeenten) {
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

    @PUT
    @Path("/{regio}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "legRegioVast", summary = "Legt een regio vast of voegt er gemeenten aan toe (bestaande gemeenten blijven)")
    public Regio registreer(@PathParam("regio") String regio, @Valid @NotNull RegioInvoer body) {
        if (regio.isBlank() || regio.length() > 100) {
            throw ApiProblem.invalid("regio", "1 tot 100 tekens");
        }
        regios.registreer(regio, body.gemeenten());
        return new Regio(regio, regios.gemeenten(regio));
    }
}
