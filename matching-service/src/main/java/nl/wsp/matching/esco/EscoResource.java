package nl.wsp.matching.esco;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.matching.esco.api.EscoTreffer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/esco")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ESCO", description = "Beroepen en vaardigheden uit ESCO v1.1.1 (ESCO classification, © European Union, "
        + "https://esco.ec.europa.eu, CC BY 4.0)")
public class EscoResource {

    private final EscoZoeken zoeken;

    EscoResource(EscoZoeken zoeken) {
        this.zoeken = zoeken;
    }

    @GET
    @Path("/beroepen")
    @RolesAllowed({"adviseur", "partnersysteem", "beheerder"})
    @Operation(operationId = "zoekBeroepen", summary = "Autocomplete op ESCO-beroepen (Nederlandse en Engelse, voorkeurs- en alternatieve labels)")
    public List<EscoTreffer> beroepen(@QueryParam("zoek") @NotBlank @Size(min = 2, max = 100) String zoek,
                                      @QueryParam("limiet") @DefaultValue("10") @Min(1) @Max(50) int limiet) {
        return zoeken.beroepen(zoek, limiet);
    }

    @GET
    @Path("/vaardigheden")
    @RolesAllowed({"adviseur", "partnersysteem", "beheerder"})
    @Operation(operationId = "zoekVaardigheden", summary = "Autocomplete op ESCO-vaardigheden en -kennis (Engelse voorkeurs- en alternatieve labels)")
    public List<EscoTreffer> vaardigheden(@QueryParam("zoek") @NotBlank @Size(min = 2, max = 100) String zoek,
                                          @QueryParam("limiet") @DefaultValue("10") @Min(1) @Max(50) int limiet) {
        return zoeken.vaardigheden(zoek, limiet);
    }
}
