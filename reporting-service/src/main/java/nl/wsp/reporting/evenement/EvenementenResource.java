package nl.wsp.reporting.evenement;

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
import nl.wsp.reporting.evenement.api.Evenementenrapportage;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/rapportages/evenementen")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class EvenementenResource {

    private final Evenementcijfers cijfers;
    private final Regios regios;

    EvenementenResource(Evenementcijfers cijfers, Regios regios) {
        this.cijfers = cijfers;
        this.regios = regios;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesEvenementen", summary = "Werkgeversevenementen per soort, niveau en sector: aantal, aanwezige werkgevers en kandidaten, opgehaalde vacatures en de plaatsingen daarop",
            description = "Een evenement telt in de periode van zijn datum; de vacatures die er zijn opgehaald en de plaatsingen daarop tellen mee met het evenement, wanneer ze ook kwamen.")
    public Evenementenrapportage evenementen(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
            @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        regios.vereist(regio);
        Periode p = Periode.van(jaar, kwartaal, maand);
        List<Evenementenrapportage.Rij> rijen = new ArrayList<>();
        int[] t = new int[5];
        for (Evenementcijfers.Groep g : cijfers.perSoort(regio, p)) {
            int[] n = g.aantallen();
            for (int i = 0; i < 5; i++) {
                t[i] += n[i];
            }
            rijen.add(new Evenementenrapportage.Rij(g.soort(), g.niveau(), g.sector(), n[0], n[1], n[2], n[3], n[4]));
        }
        return new Evenementenrapportage(regio, p.van(), p.tot(), rijen,
                new Evenementenrapportage.Rij("Totaal", "", "", t[0], t[1], t[2], t[3], t[4]));
    }
}
