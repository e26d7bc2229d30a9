package nl.wsp.reporting.doelstelling;

import nl.wsp.platform.http.Referentie;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.reporting.doelstelling.api.AfleidVerzoek;
import nl.wsp.reporting.doelstelling.api.AfleidingResultaat;
import nl.wsp.reporting.doelstelling.api.DoelstellingGegevens;
import nl.wsp.reporting.doelstelling.api.DoelstellingInvoer;
import nl.wsp.reporting.doelstelling.api.DoelstellingenPagina;
import nl.wsp.reporting.doelstelling.api.ImportResultaat;
import nl.wsp.reporting.doelstelling.api.ImportVerzoek;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import nl.wsp.reporting.partner.Beller;

@Path("/api/v1/doelstellingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Doelstellingen", description = "Doelstellingen per regio, jaar, partner of gemeentegroep en doelgroep; Banenafspraak")
public class DoelstellingResource {

    private final StelDoelstellingenVast stelVast;
    private final ImporteerDoelstellingen importeer;
    private final LeidDoelstellingenAf leidAf;
    private final DoelstellingRepository repository;
    private final Beller beller;

    DoelstellingResource(StelDoelstellingenVast stelVast, ImporteerDoelstellingen importeer, LeidDoelstellingenAf leidAf,
                         DoelstellingRepository repository, Beller beller) {
        this.stelVast = stelVast;
        this.importeer = importeer;
        this.leidAf = leidAf;
        this.repository = repository;
        this.beller = beller;
    }

    /** A beheerder of one region (claim {@code regio}) sets targets for that region only: 400 naming {@code regio}. */
    private void beheert(String regio) {
        if (regio != null && !beller.beheert(regio)) {
            throw ApiProblem.invalid("regio", "u beheert alleen de doelstellingen van regio " + beller.beheerderRegio().orElse(""));
        }
    }

    /** Another region's target does not exist for a beheerder of one region: 404, as if it did not exist. */
    private void beheertDoelstelling(UUID id) {
        repository.findByIdOptional(id).filter(d -> beller.beheert(d.regio())).orElseThrow(() -> ApiProblem.notFound("Doelstelling " + id));
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "lijstDoelstellingen", summary = "Doelstellingen, gefilterd op regio, jaar en soort (cursorpaginering)")
    public DoelstellingenPagina lijst(@QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "Alleen de doelstellingen van deze arbeidsmarktregio") String regio,
                                      @QueryParam("jaar") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100")
                                      @Parameter(description = "Alleen de doelstellingen van dit jaar") Integer jaar,
                                      @QueryParam("soort") @Parameter(description = "Alleen deze soort doelstelling", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = String.class, enumeration = {Doelstelling.PLAATSINGEN, Doelstelling.BANENAFSPRAAK_MARKT, Doelstelling.BANENAFSPRAAK_OVERHEID})) String soort,
                                      @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                      @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "1 tot en met 200") @Max(value = 200, message = "1 tot en met 200") Integer limiet) {
        if (soort != null && !Doelstelling.SOORTEN.contains(soort)) {
            throw ApiProblem.invalid("soort", "onbekende waarde; toegestaan: " + String.join(", ", Doelstelling.SOORTEN));
        }
        Integer j = jaar;
        int max = limiet == null ? 50 : limiet;
        int vanaf = vanaf(cursor);
        List<Doelstelling> pagina = repository.lijst(regio, j, soort, vanaf, max + 1);
        String volgende = pagina.size() > max
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + (vanaf + max)).getBytes(StandardCharsets.UTF_8)) : null;
        return new DoelstellingenPagina(pagina.stream().limit(max).map(DoelstellingGegevens::van).toList(), volgende);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesDoelstelling", summary = "Eén doelstelling")
    public DoelstellingGegevens een(@PathParam("id") UUID id) {
        return repository.findByIdOptional(id).map(DoelstellingGegevens::van).orElseThrow(() -> ApiProblem.notFound("Doelstelling " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "stelDoelstellingVast", summary = "Legt een doelstelling vast; 409 doelstelling-overlapt als ze een bestaande overlapt")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DoelstellingGegevens.class)))
    public Response stelVast(@Valid @NotNull DoelstellingInvoer body) {
        beheert(body.regio());
        Doelstelling d = stelVast.stelVast(List.of(new StelDoelstellingenVast.Regel("", body))).get(0);
        return Response.created(URI.create("/api/v1/doelstellingen/" + d.id())).entity(DoelstellingGegevens.van(d)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "wijzigDoelstelling", summary = "Wijzigt een doelstelling")
    public DoelstellingGegevens wijzig(@PathParam("id") UUID id, @Valid @NotNull DoelstellingInvoer body) {
        beheertDoelstelling(id);
        beheert(body.regio());
        return DoelstellingGegevens.van(stelVast.wijzig(id, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("beheerder")
    @Operation(operationId = "verwijderDoelstelling", summary = "Verwijdert een doelstelling")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response verwijder(@PathParam("id") UUID id) {
        beheertDoelstelling(id);
        stelVast.verwijder(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "importeerDoelstellingen", summary = "Importeert doelstellingen uit een CSV-bestand van de regio; alles of niets")
    @APIResponse(responseCode = "201", description = "Geïmporteerd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResultaat.class)))
    public Response importeer(@Valid @NotNull ImportVerzoek body) {
        beheert(body.regio());
        List<DoelstellingGegevens> nieuw = importeer.importeer(body).stream().map(DoelstellingGegevens::van).toList();
        return Response.status(201).entity(new ImportResultaat(nieuw.size(), nieuw)).build();
    }

    @POST
    @Path("/afleiden")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "leidDoelstellingenAf", summary = "Leidt gemeentelijke doelstellingen af uit een landelijke doelstelling en aandelen (regio Amersfoort: 1,86%)")
    @APIResponse(responseCode = "201", description = "Afgeleid en vastgelegd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AfleidingResultaat.class)))
    public Response leidAf(@Valid @NotNull AfleidVerzoek body) {
        beheert(body.regio());
        LeidDoelstellingenAf.Afleiding afleiding = leidAf.leidAf(body);
        return Response.status(201).entity(new AfleidingResultaat(body.landelijkDoel(), body.regioAandeelProcent(), afleiding.regioDoel(),
                afleiding.doelstellingen().stream().map(DoelstellingGegevens::van).toList())).build();
    }

    private static int vanaf(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String tekst = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!tekst.startsWith("o:")) {
                throw new IllegalArgumentException();
            }
            int vanaf = Integer.parseInt(tekst.substring(2));
            if (vanaf < 0) {
                throw new IllegalArgumentException();
            }
            return vanaf;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }
}
