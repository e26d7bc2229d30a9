package nl.wsp.reporting.realisatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.reporting.platform.ApiProblem;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.realisatie.api.BanenafspraakOverzicht;
import nl.wsp.reporting.realisatie.api.ContactverzoekNaleving;
import nl.wsp.reporting.realisatie.api.Duurzaamheid;
import nl.wsp.reporting.realisatie.api.NpsOverzicht;
import nl.wsp.reporting.realisatie.api.PlaatsingenTabel;
import nl.wsp.reporting.realisatie.api.RealisatieOverzicht;
import nl.wsp.reporting.realisatie.api.Stuurgroeprapportage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Dashboards: aggregates only, for the roles dashboard and beheerder. Every table also answers as CSV
 * ({@code Accept: text/csv} or {@code ?formaat=csv}).
 */
@Path("/api/v1/rapportages")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class RapportageResource {

    private final Rapportages rapportages;
    private final HerbouwRapportages herbouw;

    RapportageResource(Rapportages rapportages, HerbouwRapportages herbouw) {
        this.rapportages = rapportages;
        this.herbouw = herbouw;
    }

    @GET
    @Path("/plaatsingen")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(summary = "Plaatsingen per gemeente × doelgroep in een jaar, kwartaal of maand (de maand- en kwartaalrapportage)")
    public PlaatsingenTabel plaatsingen(@QueryParam("regio") String regio, @QueryParam("jaar") Integer jaar,
                                        @QueryParam("kwartaal") Integer kwartaal, @QueryParam("maand") Integer maand) {
        return rapportages.perGemeente(regio, Periode.van(jaar, kwartaal, maand));
    }

    @GET
    @Path("/plaatsingen/per-periode")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(summary = "Plaatsingen per maand of kwartaal van een jaar × doelgroep")
    public PlaatsingenTabel plaatsingenPerPeriode(@QueryParam("regio") String regio, @QueryParam("jaar") Integer jaar,
                                                  @QueryParam("periode") String periode) {
        Periode.van(jaar, null, null);
        if (periode != null && !periode.equals("maand") && !periode.equals("kwartaal")) {
            throw ApiProblem.invalid("periode", "onbekende waarde; toegestaan: maand, kwartaal");
        }
        return rapportages.perPeriode(regio, jaar, "kwartaal".equals(periode));
    }

    @GET
    @Path("/realisatie")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(summary = "Realisatie tegen elke plaatsingsdoelstelling van regio en jaar: percentage, verwacht tot nu en achterstand")
    public RealisatieOverzicht realisatie(@QueryParam("regio") String regio, @QueryParam("jaar") Integer jaar) {
        Periode.van(jaar, null, null);
        return rapportages.realisatie(regio, jaar);
    }

    @GET
    @Path("/banenafspraak")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(summary = "Banenafspraak: cumulatieve realisatie per kwartaal tegen het cumulatieve doel (markt + overheid)")
    public BanenafspraakOverzicht banenafspraak(@QueryParam("regio") String regio, @QueryParam("totJaar") Integer totJaar) {
        if (totJaar != null) {
            Periode.van(totJaar, null, null);
        }
        return rapportages.banenafspraak(regio, totJaar);
    }

    @GET
    @Path("/stuurgroep")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(summary = "Stuurgroeprapportage: opgehaalde vacatures, bedrijfsbezoeken, vacaturevervulling totaal en per doelgroep, garantiebanen")
    public Stuurgroeprapportage stuurgroep(@QueryParam("regio") String regio, @QueryParam("jaar") Integer jaar,
                                           @QueryParam("kwartaal") Integer kwartaal, @QueryParam("maand") Integer maand) {
        return rapportages.stuurgroep(regio, Periode.van(jaar, kwartaal, maand));
    }

    @GET
    @Path("/duurzaamheid")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(summary = "Duurzaamheid: plaatsingen per startmaand en hoeveel binnen zes maanden eindigden")
    public Duurzaamheid duurzaamheid(@QueryParam("regio") String regio, @QueryParam("jaar") Integer jaar) {
        Periode.van(jaar, null, null);
        return rapportages.duurzaamheid(regio, jaar);
    }

    @GET
    @Path("/nps")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(summary = "Net Promoter Score per meetronde")
    public NpsOverzicht nps(@QueryParam("regio") String regio) {
        return rapportages.nps(regio);
    }

    @GET
    @Path("/contactverzoeken")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(summary = "24-uursregel: contactverzoeken per maand, binnen termijn beantwoord, te laat, termijn verstreken")
    public ContactverzoekNaleving contactverzoeken(@QueryParam("regio") String regio, @QueryParam("jaar") Integer jaar) {
        Periode.van(jaar, null, null);
        return rapportages.contactverzoeken(regio, jaar);
    }

    @POST
    @Path("/herbouw")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(summary = "Bouwt de rapportages opnieuw op door de topics vanaf het begin opnieuw te lezen (202: loopt op de achtergrond)")
    public Response herbouw() {
        var partities = herbouw.herbouw();
        return Response.accepted(Map.of("status", "gestart", "partities", partities.stream().map(Object::toString).sorted().toList())).build();
    }
}
