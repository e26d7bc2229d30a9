package nl.wsp.reporting.periodedoel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.http.Referentie;
import nl.wsp.reporting.periodedoel.api.RealisatiePerPeriode;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.realisatie.RapportageResource.Periodesoort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rapportages/realisatie/per-periode")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class RealisatiePerPeriodeResource {

    private final BerekenRealisatiePerPeriode berekening;

    RealisatiePerPeriodeResource(BerekenRealisatiePerPeriode berekening) {
        this.berekening = berekening;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesRealisatiePerPeriode", summary = "Realisatie per maand of kwartaal tegen elke plaatsingsdoelstelling van regio en jaar: het naar dagen afgeleide periodedoel, gerealiseerd, cumulatief en achterstand (ADR 0037)")
    public RealisatiePerPeriode realisatiePerPeriode(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("periode") @DefaultValue("maand") @Parameter(description = "Per maand of per kwartaal") Periodesoort periode) {
        return berekening.bereken(regio, jaar, periode == Periodesoort.KWARTAAL);
    }
}
