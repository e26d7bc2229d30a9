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
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.team.api.Adviseursrapportage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rapportages/adviseurs")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class AdviseurRapportageResource {

    /** The processing activity of the register ({@code wsp.privacy.activiteiten.werkoverzicht}). */
    static final String WERKOVERZICHT = "werkoverzicht";

    private final Werkoverzichten overzichten;

    AdviseurRapportageResource(Werkoverzichten overzichten) {
        this.overzichten = overzichten;
    }

    @GET
    @RolesAllowed({"beheerder", "adviseur"})
    @Persoonsgegevens(activiteit = WERKOVERZICHT)
    @Operation(operationId = "leesAdviseursrapportage", summary = "De operationele rapportage per adviseur (dezelfde cijfers als per team)",
            description = "Persoonsgegevens van de adviseurs (hun werk): een adviseur ziet alleen zijn eigen rij, een beheerder "
                    + "van één regio alleen die regio, een dashboard niets (403). Elke genoemde adviseur staat in het verwerkingslogboek.")
    public Adviseursrapportage adviseurs(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Midden-Limburg") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
            @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        return overzichten.perAdviseur(regio, Periode.van(jaar, kwartaal, maand));
    }
}
