package nl.wsp.reporting.realisatie;

import nl.wsp.platform.http.Referentie;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.realisatie.api.BanenafspraakOverzicht;
import nl.wsp.reporting.realisatie.api.ContactverzoekNaleving;
import nl.wsp.reporting.realisatie.api.HerbouwGestart;
import nl.wsp.reporting.realisatie.api.Duurzaamheid;
import nl.wsp.reporting.realisatie.api.NpsOverzicht;
import nl.wsp.reporting.realisatie.api.PlaatsingenTabel;
import nl.wsp.reporting.realisatie.api.RealisatieOverzicht;
import nl.wsp.reporting.realisatie.api.Stuurgroeprapportage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;



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
    private final nl.wsp.reporting.partner.Beller beller;

    RapportageResource(Rapportages rapportages, HerbouwRapportages herbouw, nl.wsp.reporting.partner.Beller beller) {
        this.rapportages = rapportages;
        this.herbouw = herbouw;
        this.beller = beller;
    }

    @GET
    @Path("/plaatsingen")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesPlaatsingen", summary = "Plaatsingen per gemeente × doelgroep in een jaar, kwartaal of maand (de maand- en kwartaalrapportage)")
    public PlaatsingenTabel plaatsingen(@QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio, @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
                                        @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal, @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        return rapportages.perGemeente(regio, Periode.van(jaar, kwartaal, maand));
    }

    @GET
    @Path("/plaatsingen/per-periode")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesPlaatsingenPerPeriode", summary = "Plaatsingen per maand of kwartaal van een jaar × doelgroep")
    public PlaatsingenTabel plaatsingenPerPeriode(@QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio, @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
                                                  @QueryParam("periode") @DefaultValue("maand") @Parameter(description = "Per maand of per kwartaal") Periodesoort periode) {
        return rapportages.perPeriode(regio, jaar, periode == Periodesoort.KWARTAAL);
    }

    @GET
    @Path("/realisatie")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesRealisatie", summary = "Realisatie tegen elke plaatsingsdoelstelling van regio en jaar: percentage, verwacht tot nu en achterstand")
    public RealisatieOverzicht realisatie(@QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio, @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar) {
        return rapportages.realisatie(regio, jaar);
    }

    @GET
    @Path("/banenafspraak")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesBanenafspraak", summary = "Banenafspraak: cumulatieve realisatie per kwartaal tegen het cumulatieve doel (markt + overheid)")
    public BanenafspraakOverzicht banenafspraak(@QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio, @QueryParam("totJaar") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Tot en met dit jaar (standaard: alle jaren met een doel)") Integer totJaar) {
        return rapportages.banenafspraak(regio, totJaar);
    }

    @GET
    @Path("/stuurgroep")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesStuurgroeprapportage", summary = "Stuurgroeprapportage: opgehaalde vacatures, bedrijfsbezoeken, vacaturevervulling totaal en per doelgroep, garantiebanen")
    public Stuurgroeprapportage stuurgroep(@QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio, @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
                                           @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal, @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        return rapportages.stuurgroep(regio, Periode.van(jaar, kwartaal, maand));
    }

    @GET
    @Path("/duurzaamheid")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesDuurzaamheid", summary = "Duurzaamheid: plaatsingen per startmaand en hoeveel binnen zes maanden eindigden")
    public Duurzaamheid duurzaamheid(@QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio, @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar) {
        return rapportages.duurzaamheid(regio, jaar);
    }

    @GET
    @Path("/nps")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesNpsRapportage", summary = "Net Promoter Score per meetronde")
    public NpsOverzicht nps(@QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio) {
        return rapportages.nps(regio);
    }

    @GET
    @Path("/contactverzoeken")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesContactverzoekenRapportage", summary = "24-uursregel: contactverzoeken per maand, binnen termijn beantwoord, te laat, termijn verstreken")
    public ContactverzoekNaleving contactverzoeken(@QueryParam("regio") @Referentie(Referentie.REGIO) @NotNull(message = "verplicht") @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio, @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar) {
        return rapportages.contactverzoeken(regio, jaar);
    }

    @POST
    @Path("/herbouw")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "herbouwRapportages", summary = "Bouwt de rapportages opnieuw op door de topics vanaf het begin opnieuw te lezen (202: loopt op de achtergrond); alleen de landelijke beheerder")
    @APIResponse(responseCode = "202", description = "Gestart; de herbouw loopt op de achtergrond",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HerbouwGestart.class)))
    public Response herbouw() {
        if (beller.beheerderRegio().isPresent()) { // it rebuilds every region's reports: the national beheerder's work
            throw nl.wsp.platform.problem.ApiProblem.forbidden("Alleen de landelijke beheerder (zonder claim regio) herbouwt de rapportages");
        }
        var partities = herbouw.herbouw();
        return Response.accepted(new HerbouwGestart("gestart", partities.stream().map(Object::toString).sorted().toList())).build();
    }

    /** Per month or per quarter ({@code GET …/plaatsingen/per-periode}). */
    public enum Periodesoort {
        @com.fasterxml.jackson.annotation.JsonProperty("maand") MAAND,
        @com.fasterxml.jackson.annotation.JsonProperty("kwartaal") KWARTAAL
    }
}
