package nl.wsp.reporting.kandidatenpool;

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
import nl.wsp.reporting.kandidatenpool.api.Eerlijkheidsmonitor;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 18 item 7 (docs/adr/0043, docs/algoritme.md): proposal and placement chances per target group and age band. */
@Path("/api/v1/rapportages/eerlijkheid")
@Produces({MediaType.APPLICATION_JSON, nl.wsp.reporting.platform.CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class EerlijkheidsmonitorResource {

    private final Kandidatenpoolcijfers cijfers;
    private final Regios regios;

    EerlijkheidsmonitorResource(Kandidatenpoolcijfers cijfers, Regios regios) {
        this.cijfers = cijfers;
        this.regios = regios;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesEerlijkheidsmonitor", summary = "Eerlijkheidsmonitor: voordracht- en plaatsingskans per doelgroep en leeftijdsband tegen de pool",
            description = "Per hoofddoelgroep, voor Banenafspraak en per leeftijdsband: de pool nu, de voordrachten in het jaar "
                    + "(`voordrachten.gedaan.v1`, jaar van het event) en de plaatsingen met een startdatum in het jaar; de kans per 100 "
                    + "kandidaten van de pool en die kans gedeeld door die van de hele regio. Onder 0,80 (de vier-vijfdenregel) staat "
                    + "`signaal` op true: iets om te bekijken, geen oordeel. Elke kolom is apart onderdrukt zoals de kandidatenpool "
                    + "(`k`); een kans staat er alleen als beide aantallen er staan. Definities: docs/api.md, \"Candidate pool and fairness monitor\"; "
                    + "het algoritmeregister: docs/algoritme.md.")
    public Eerlijkheidsmonitor eerlijkheid(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar) {
        return cijfers.eerlijkheid(regios.vereist(regio), jaar);
    }
}
