package nl.wsp.reporting.dienstverlening;

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
import nl.wsp.referentie.Diensten;
import nl.wsp.reporting.dienstverlening.api.Dienstverlening;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/rapportages/dienstverlening")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class DienstverleningResource {

    private final Dienstencijfers cijfers;
    private final Regios regios;

    DienstverleningResource(Dienstencijfers cijfers, Regios regios) {
        this.cijfers = cijfers;
        this.regios = regios;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesDienstverlening", summary = "Het geleverde basispakket: per dienst uit de dienstencatalogus het aantal contactmomenten in een jaar, kwartaal of maand, per sector")
    public Dienstverlening dienstverlening(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
            @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        regios.vereist(regio);
        Periode p = Periode.van(jaar, kwartaal, maand);
        Map<String, Map<String, Integer>> perDienst = new LinkedHashMap<>();
        Diensten.codes().forEach(code -> perDienst.put(code, new LinkedHashMap<>()));
        cijfers.perDienstEnSector(regio, p).forEach((code, sectoren) -> perDienst.computeIfAbsent(code, k -> new LinkedHashMap<>()).putAll(sectoren));
        List<Dienstverlening.Rij> uit = new ArrayList<>();
        perDienst.forEach((code, sectoren) -> {
            var dienst = Diensten.dienst(code);
            List<Dienstverlening.SectorAantal> perSector = sectoren.entrySet().stream()
                    .map(s -> new Dienstverlening.SectorAantal(s.getKey(), s.getValue())).toList();
            uit.add(new Dienstverlening.Rij(code, dienst.map(Diensten.Dienst::omschrijving).orElse(null),
                    dienst.map(Diensten.Dienst::basispakket).orElse(null), dienst.map(Diensten.Dienst::bron).orElse(null),
                    perSector.stream().mapToInt(Dienstverlening.SectorAantal::aantal).sum(), perSector));
        });
        return new Dienstverlening(regio, p.van(), p.tot(), Diensten.versie(), uit);
    }

}
