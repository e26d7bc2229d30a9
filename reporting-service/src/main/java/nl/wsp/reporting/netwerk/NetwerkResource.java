package nl.wsp.reporting.netwerk;

import nl.wsp.platform.http.Referentie;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.netwerk.api.Netwerkrapportage;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/rapportages/netwerk")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class NetwerkResource {

    private final Netwerkcijfers cijfers;
    private final Regios regios;

    NetwerkResource(Netwerkcijfers cijfers, Regios regios) {
        this.cijfers = cijfers;
        this.regios = regios;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesNetwerk", summary = "Het werkgeversnetwerk per sector: bekend, met regelmatig contact (minstens 2 contactmomenten in de 12 maanden tot het einde van de periode), met vacatures in de periode, key-accounts, ambassadeurs")
    public Netwerkrapportage netwerk(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
            @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        regios.vereist(regio);
        Periode p = Periode.van(jaar, kwartaal, maand);
        List<Netwerkrapportage.Rij> perSector = new ArrayList<>();
        int[] t = new int[5];
        for (Netwerkcijfers.Sector r : cijfers.perSector(regio, p)) {
            int[] n = r.aantallen();
            for (int i = 0; i < 5; i++) {
                t[i] += n[i];
            }
            perSector.add(new Netwerkrapportage.Rij(r.sector(), n[0], n[1], n[2], n[3], n[4]));
        }
        return new Netwerkrapportage(regio, p.van(), p.tot(), perSector, new Netwerkrapportage.Rij("Totaal", t[0], t[1], t[2], t[3], t[4]));
    }
}
