package nl.wsp.reporting.indicatordoel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.platform.http.Referentie;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.indicatordoel.api.IndicatordoelGegevens;
import nl.wsp.reporting.indicatordoel.api.IndicatordoelInvoer;
import nl.wsp.reporting.indicatordoel.api.IndicatordoelenLijst;
import nl.wsp.reporting.partner.Beller;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/indicatordoelen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicatordoelen", description = "Doelen voor indicatoren anders dan plaatsingen (NPS, bedrijfsbezoeken, evenementdeelnemers, opgehaalde vacatures) per regio, jaar en eventueel sector")
public class IndicatordoelResource {

    private final StelIndicatordoelenVast stelVast;
    private final IndicatordoelRepository repository;
    private final Regios regios;
    private final Beller beller;

    IndicatordoelResource(StelIndicatordoelenVast stelVast, IndicatordoelRepository repository, Regios regios, Beller beller) {
        this.stelVast = stelVast;
        this.repository = repository;
        this.regios = regios;
        this.beller = beller;
    }

    /** A beheerder of one region (claim {@code regio}) sets targets for that region only: 400 naming {@code regio}. */
    private void beheert(String regio) {
        if (regio != null && !beller.beheert(regio)) {
            throw ApiProblem.invalid("regio", "u beheert alleen de doelen van regio " + beller.beheerderRegio().orElse(""));
        }
    }

    /** Another region's target does not exist for a beheerder of one region: 404, as if it did not exist. */
    private Indicatordoel zichtbaar(UUID id) {
        return repository.findByIdOptional(id).filter(d -> beller.beheert(d.regio()))
                .orElseThrow(() -> ApiProblem.notFound("Indicatordoel " + id));
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "lijstIndicatordoelen", summary = "De indicatordoelen van een regio, gefilterd op jaar, indicator en sector")
    public IndicatordoelenLijst lijst(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Midden-Brabant") String regio,
            @QueryParam("jaar") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Alleen de doelen van dit jaar") Integer jaar,
            @QueryParam("indicator") @Parameter(description = "Alleen deze indicator", schema = @Schema(implementation = String.class, enumeration = {Indicator.NPS, Indicator.BEDRIJFSBEZOEKEN, Indicator.EVENEMENTDEELNEMERS, Indicator.VACATURES_OPGEHAALD})) String indicator,
            @QueryParam("sector") @Size(max = 64) @Parameter(description = "Alleen de doelen van deze sector (zijn sectorplan)") String sector) {
        regios.vereist(regio);
        if (indicator != null) {
            IndicatordoelRegels.indicator(indicator, "indicator");
        }
        return new IndicatordoelenLijst(repository.lijst(regio, jaar, indicator, sector).stream().map(IndicatordoelGegevens::van).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesIndicatordoel", summary = "Eén indicatordoel; van een andere regio 404")
    public IndicatordoelGegevens een(@PathParam("id") UUID id) {
        return IndicatordoelGegevens.van(zichtbaar(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "stelIndicatordoelVast", summary = "Legt een indicatordoel vast; 409 indicatordoel-bestaat als die regio, dat jaar, die indicator en sector er al een heeft")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatordoelGegevens.class)))
    public Response stelVast(@Valid @NotNull IndicatordoelInvoer body) {
        beheert(body.regio());
        Indicatordoel d = stelVast.stelVast(body);
        return Response.created(URI.create("/api/v1/indicatordoelen/" + d.id())).entity(IndicatordoelGegevens.van(d)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "wijzigIndicatordoel", summary = "Wijzigt een indicatordoel")
    public IndicatordoelGegevens wijzig(@PathParam("id") UUID id, @Valid @NotNull IndicatordoelInvoer body) {
        zichtbaar(id);
        beheert(body.regio());
        return IndicatordoelGegevens.van(stelVast.wijzig(id, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("beheerder")
    @Operation(operationId = "verwijderIndicatordoel", summary = "Verwijdert een indicatordoel")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response verwijder(@PathParam("id") UUID id) {
        zichtbaar(id);
        stelVast.verwijder(id);
        return Response.noContent().build();
    }
}
