package nl.wsp.reporting.schadelast;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.http.Referentie;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.schadelast.api.SchadelastRapportage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rapportages/schadelastbeperking")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class SchadelastResource {

    private final BerekenSchadelastbeperking berekening;

    SchadelastResource(BerekenSchadelastbeperking berekening) {
        this.berekening = berekening;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesSchadelastbeperking", summary = "Geschatte schadelastbeperking van de plaatsingen die in jaar, kwartaal of maand begonnen, per partner en hoofddoelgroep: bijstandsnorm alleenstaande maal de hele maanden dat de plaatsing duurde, ten hoogste 12 (ADR 0038)")
    public SchadelastRapportage schadelastbeperking(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
            @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        return berekening.bereken(regio, Periode.van(jaar, kwartaal, maand));
    }
}
