package nl.wsp.reporting.indicatordoel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.http.Referentie;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.indicatordoel.api.SectorplanInvoer;
import nl.wsp.reporting.indicatordoel.api.Sectorplannen;
import nl.wsp.reporting.partner.Beller;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sector plans ("marktbewerkingsplan", source 001): per sector the indicator targets of a year, kept as
 * {@link Indicatordoel}en with the sector as dimension (docs/adr/0039), and their realisation per sector.
 */
@Path("/api/v1/sectorplannen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sectorplannen", description = "Het marktbewerkingsplan per sector: kwantitatieve prestatie-indicatoren met doel en realisatie per sector")
public class SectorplanResource {

    private final StelIndicatordoelenVast stelVast;
    private final Indicatorrapportages rapportages;
    private final Regios regios;
    private final Beller beller;

    SectorplanResource(StelIndicatordoelenVast stelVast, Indicatorrapportages rapportages, Regios regios, Beller beller) {
        this.stelVast = stelVast;
        this.rapportages = rapportages;
        this.regios = regios;
        this.beller = beller;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "lijstSectorplannen", summary = "De sectorplannen van een regio en jaar, per sector elke indicator met doel en realisatie; alleen aggregaten")
    public Sectorplannen lijst(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Midden-Brabant") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar) {
        regios.vereist(regio);
        return rapportages.sectorplannen(regio, jaar);
    }

    @PUT
    @Path("/{sector}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "stelSectorplanVast", summary = "Legt het plan van een sector voor een regio en jaar vast: vervangt al zijn indicatordoelen van dat jaar (alles of niets)")
    public Sectorplannen.Sectorplan stelVast(@PathParam("sector") @Size(max = 64) @Parameter(description = "De sectorcode", example = "logistiek") String sector,
                                            @Valid @NotNull SectorplanInvoer body) {
        if (body.regio() != null && !beller.beheert(body.regio())) {
            throw ApiProblem.invalid("regio", "u beheert alleen de doelen van regio " + beller.beheerderRegio().orElse(""));
        }
        stelVast.stelSectorplanVast(sector, body);
        return rapportages.sectorplannen(body.regio(), body.jaar()).plannen().stream().filter(p -> p.sector().equals(sector)).findFirst()
                .orElse(new Sectorplannen.Sectorplan(sector, java.util.List.of()));
    }
}
