package nl.wsp.reporting.indicatordoel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.http.Referentie;
import nl.wsp.reporting.indicatordoel.api.Indicatorrealisatie;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rapportages/indicatoren")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class IndicatorRapportageResource {

    private final Indicatorrapportages rapportages;
    private final IndicatordoelRegels regels;
    private final Regios regios;

    IndicatorRapportageResource(Indicatorrapportages rapportages, IndicatordoelRegels regels, Regios regios) {
        this.rapportages = rapportages;
        this.regels = regels;
        this.regios = regios;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesIndicatorrealisatie", summary = "Per indicator (nps, bedrijfsbezoeken, evenementdeelnemers, vacatures-opgehaald) doel tegen realisatie in een jaar, kwartaal of maand, voor de regio of één sector")
    public Indicatorrealisatie indicatoren(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Midden-Brabant") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("sector") @Size(max = 64) @Parameter(description = "Alleen deze sector: de doelen van zijn sectorplan; weglaten voor de hele regio") String sector,
            @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
            @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        regios.vereist(regio);
        Periode p = Periode.van(jaar, kwartaal, maand);
        regels.sector(regio, sector, "sector");
        return rapportages.rapport(regio, sector, jaar, p);
    }
}
