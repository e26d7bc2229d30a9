package nl.wsp.reporting.banenafspraak;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.http.Referentie;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.banenafspraak.api.BanenafspraakPerSector;
import nl.wsp.reporting.platform.CsvWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The jobs agreement per quarter and sector against the baseline (docs/adr/0045); aggregates only, also as CSV. */
@Path("/api/v1/rapportages/banenafspraak/per-sector")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class BanenafspraakRapportageResource {

    private final Banenafspraakcijfers cijfers;

    BanenafspraakRapportageResource(Banenafspraakcijfers cijfers) {
        this.cijfers = cijfers;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesBanenafspraakPerSector", summary = "Banenafspraak per kwartaal en sector (markt, overheid, inleen-detachering): banen gewonnen, verloren, netto, extra sinds de nulmeting en het niveau ertegen")
    public BanenafspraakPerSector perSector(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
            @QueryParam("vanJaar") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Toon de kwartalen vanaf dit jaar (de extra banen tellen van daarvoor mee)") Integer vanJaar,
            @QueryParam("totJaar") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Tot en met dit jaar (standaard: tot en met het huidige kwartaal)") Integer totJaar) {
        if (vanJaar != null && totJaar != null && vanJaar > totJaar) {
            throw ApiProblem.invalid("vanJaar", "niet na totJaar");
        }
        return cijfers.perKwartaal(regio, vanJaar, totJaar);
    }
}
