package nl.wsp.reporting.kandidatenpool;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.http.Referentie;
import nl.wsp.reporting.kandidatenpool.api.Kandidatenpoolrapportage;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 18 item 5 (docs/adr/0043): the candidate pool of a region, aggregates with small cells suppressed. */
@Path("/api/v1/rapportages/kandidatenpool")
@Produces({MediaType.APPLICATION_JSON, nl.wsp.reporting.platform.CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class KandidatenpoolResource {

    private final Kandidatenpoolcijfers cijfers;
    private final Regios regios;

    KandidatenpoolResource(Kandidatenpoolcijfers cijfers, Regios regios) {
        this.cijfers = cijfers;
        this.regios = regios;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesKandidatenpool", summary = "De kandidatenpool: beschikbare kandidaten per doelgroep, partner, gemeente en leeftijdsband",
            description = "De beschikbare kandidaten van de partners van de regio nu, uit de tellingen die matching-service publiceert "
                    + "(`kandidatenpools.gewijzigd.v1`; geen kandidaat verlaat matching). Vier tabellen met hetzelfde totaal, en "
                    + "`banenafspraak` dwars daarop. Geen aantal kleiner dan `k` (instelling `wsp.reporting.onderdrukking.k`, standaard 5) "
                    + "wordt getoond: `aantal` is dan null en `onderdrukt` true; waar het totaal min de getoonde cellen één kleine "
                    + "cel zou teruggeven, wordt ook de kleinste andere cel verborgen (secundaire onderdrukking); een totaal onder `k` "
                    + "is zelf verborgen. Definities: docs/api.md, \"Candidate pool and fairness monitor\".")
    public Kandidatenpoolrapportage pool(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio) {
        return cijfers.pool(regios.vereist(regio));
    }
}
