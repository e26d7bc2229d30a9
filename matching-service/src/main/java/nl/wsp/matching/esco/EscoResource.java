package nl.wsp.matching.esco;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    public List<EscoTreffer> beroepen(@QueryParam("zoek") @NotBlank @Size(min = 2, max = 100) @Parameter(description = "Zoektekst (Nederlands of Engels), 2 tot 100 tekens") String zoek,
                                      @QueryParam("limiet") @DefaultValue("10") @Parameter(description = "Hoeveel (standaard 10, hoogstens 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 50") @Max(value = 50, message = "een geheel getal van 1 tot en met 50") int limiet) {
        return zoeken.beroepen(zoek, limiet);
    }

    @GET
    @Path("/vaardigheden")
    @RolesAllowed({"adviseur", "partnersysteem", "beheerder"})
    @Operation(operationId = "zoekVaardigheden", summary = "Autocomplete op ESCO-vaardigheden en -kennis (Engelse voorkeurs- en alternatieve labels)")
    // EscoTreffer's field examples show an occupation; the skill search answers skills (no ISCO group)
    @APIResponse(responseCode = "200", description = "De gevonden vaardigheden, best eerst",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EscoTreffer.class),
                    examples = @ExampleObject(name = "heftruck", summary = "Zoeken op \"forklift\"", value = "[{\"uri\": \"http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da\", \"labelEn\": \"operate forklift\", \"gevondenOp\": \"drive a forklift\"}]")))
    public List<EscoTreffer> vaardigheden(@QueryParam("zoek") @NotBlank @Size(min = 2, max = 100) @Parameter(description = "Zoektekst (Nederlands of Engels), 2 tot 100 tekens") String zoek,
                                          @QueryParam("limiet") @DefaultValue("10") @Parameter(description = "Hoeveel (standaard 10, hoogstens 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 50") @Max(value = 50, message = "een geheel getal van 1 tot en met 50") int limiet) {
        return zoeken.vaardigheden(zoek, limiet);
    }
}
