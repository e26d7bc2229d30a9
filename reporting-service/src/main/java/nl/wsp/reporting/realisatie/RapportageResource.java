package nl.wsp.reporting.realisatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.platform.problem.ApiProblem;
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

import static nl.wsp.reporting.platform.Params.getal;

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
    @Operation(operationId = "leesPlaatsingen", summary = "Plaatsingen per gemeente × doelgroep in een jaar, kwartaal of maand (de maand- en kwartaalrapportage)")
    public PlaatsingenTabel plaatsingen(@QueryParam("regio") String regio, @QueryParam("jaar") String jaar,
                                        @QueryParam("kwartaal") String kwartaal, @QueryParam("maand") String maand) {
        return rapportages.perGemeente(regio, Periode.van(getal("jaar", jaar), getal("kwartaal", kwartaal), getal("maand", maand)));
    }

    @GET
    @Path("/plaatsingen/per-periode")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesPlaatsingenPerPeriode", summary = "Plaatsingen per maand of kwartaal van een jaar × doelgroep")
    public PlaatsingenTabel plaatsingenPerPeriode(@QueryParam("regio") String regio, @QueryParam("jaar") String jaar,
                                                  @QueryParam("periode") String periode) {
        int j = jaar(jaar);
        if (periode != null && !periode.equals("maand") && !periode.equals("kwartaal")) {
            throw ApiProblem.invalid("periode", "onbekende waarde; toegestaan: maand, kwartaal");
        }
        return rapportages.perPeriode(regio, j, "kwartaal".equals(periode));
    }

    @GET
    @Path("/realisatie")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesRealisatie", summary = "Realisatie tegen elke plaatsingsdoelstelling van regio en jaar: percentage, verwacht tot nu en achterstand")
    public RealisatieOverzicht realisatie(@QueryParam("regio") String regio, @QueryParam("jaar") String jaar) {
        return rapportages.realisatie(regio, jaar(jaar));
    }

    @GET
    @Path("/banenafspraak")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesBanenafspraak", summary = "Banenafspraak: cumulatieve realisatie per kwartaal tegen het cumulatieve doel (markt + overheid)")
    public BanenafspraakOverzicht banenafspraak(@QueryParam("regio") String regio, @QueryParam("totJaar") String totJaar) {
        Integer tot = getal("totJaar", totJaar);
        if (tot != null && (tot < 2000 || tot > 2100)) {
            throw ApiProblem.invalid("totJaar", "een jaar van 2000 tot en met 2100");
        }
        return rapportages.banenafspraak(regio, tot);
    }

    @GET
    @Path("/stuurgroep")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesStuurgroeprapportage", summary = "Stuurgroeprapportage: opgehaalde vacatures, bedrijfsbezoeken, vacaturevervulling totaal en per doelgroep, garantiebanen")
    public Stuurgroeprapportage stuurgroep(@QueryParam("regio") String regio, @QueryParam("jaar") String jaar,
                                           @QueryParam("kwartaal") String kwartaal, @QueryParam("maand") String maand) {
        return rapportages.stuurgroep(regio, Periode.van(getal("jaar", jaar), getal("kwartaal", kwartaal), getal("maand", maand)));
    }

    @GET
    @Path("/duurzaamheid")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesDuurzaamheid", summary = "Duurzaamheid: plaatsingen per startmaand en hoeveel binnen zes maanden eindigden")
    public Duurzaamheid duurzaamheid(@QueryParam("regio") String regio, @QueryParam("jaar") String jaar) {
        return rapportages.duurzaamheid(regio, jaar(jaar));
    }

    @GET
    @Path("/nps")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesNpsRapportage", summary = "Net Promoter Score per meetronde")
    public NpsOverzicht nps(@QueryParam("regio") String regio) {
        return rapportages.nps(regio);
    }

    @GET
    @Path("/contactverzoeken")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesContactverzoekenRapportage", summary = "24-uursregel: contactverzoeken per maand, binnen termijn beantwoord, te laat, termijn verstreken")
    public ContactverzoekNaleving contactverzoeken(@QueryParam("regio") String regio, @QueryParam("jaar") String jaar) {
        return rapportages.contactverzoeken(regio, jaar(jaar));
    }

    @POST
    @Path("/herbouw")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "herbouwRapportages", summary = "Bouwt de rapportages opnieuw op door de topics vanaf het begin opnieuw te lezen (202: loopt op de achtergrond)")
    public Response herbouw() {
        var partities = herbouw.herbouw();
        return Response.accepted(Map.of("status", "gestart", "partities", partities.stream().map(Object::toString).sorted().toList())).build();
    }

    /** A query parameter that should be a whole number: 400 naming it when it is not (JAX-RS would answer 404). */

    private static int jaar(String waarde) {
        Integer jaar = getal("jaar", waarde);
        Periode.van(jaar, null, null);
        return jaar;
    }
}
