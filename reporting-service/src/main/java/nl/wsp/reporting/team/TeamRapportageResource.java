package nl.wsp.reporting.team;

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
import nl.wsp.reporting.team.api.Teamrapportage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rapportages/teams")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class TeamRapportageResource {

    private final Werkoverzichten overzichten;

    TeamRapportageResource(Werkoverzichten overzichten) {
        this.overzichten = overzichten;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder", "adviseur"})
    @Operation(operationId = "leesTeamrapportage", summary = "De operationele rapportage per team: opgehaalde vacatures, bedrijfsbezoeken, verlopen vervolgafspraken, contactverzoeken binnen 24 uur, samenwerking",
            description = "Een feit telt voor het team waar de adviseur op dat moment bij hoorde. Een adviseur ziet alleen de rij "
                    + "van zijn eigen team (van zijn eigen regio); een dashboard en een beheerder alle teams van de regio en een rij "
                    + "`Zonder team`. Definities: docs/api.md, \"Operational reports per unit and adviser\".")
    public Teamrapportage teams(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Midden-Limburg") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
            @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        return overzichten.perTeam(regio, Periode.van(jaar, kwartaal, maand));
    }
}
