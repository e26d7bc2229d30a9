package nl.wsp.matching.instrument;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import nl.wsp.matching.instrument.api.AfschriftregelWeergave;
import nl.wsp.matching.instrument.api.BesluitVerzoek;
import nl.wsp.matching.instrument.api.BundelingMiddelenWeergave;
import nl.wsp.matching.instrument.api.FondsVerzoek;
import nl.wsp.matching.instrument.api.FondsWeergave;
import nl.wsp.matching.instrument.api.FondsinzetWeergave;
import nl.wsp.matching.instrument.api.StortingVerzoek;
import nl.wsp.matching.instrument.api.StortingWeergave;
import nl.wsp.matching.toegang.Beller;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The pooled regional funds (issue 13) and Bundeling Middelen (issue 18 item 3 D, ADR 0036): a region's fund, set up
 * once, with its municipalities' deposits, its statement,
 * its monthly report, and the decisions on the deployments it pays. Every operation is for a beheerder of that region
 * (claim regio), who manages the fund; the monthly report, sums only, also for that region's dashboard. Anyone else: 404.
 */
@Path("/api/v1/regiofondsen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instrumenten", description = "Instrumenten per partner; inzet alleen met toestemming van de betalende partner")
public class RegiofondsResource {

    private final Instrumenten instrumenten;
    private final RegiofondsRepository fondsen;
    private final Beller beller;

    RegiofondsResource(Instrumenten instrumenten, RegiofondsRepository fondsen, Beller beller) {
        this.instrumenten = instrumenten;
        this.fondsen = fondsen;
        this.beller = beller;
    }

    @POST
        @RolesAllowed("beheerder")
    @Operation(operationId = "richtRegiofondsIn", summary = "Richt een regiofonds in: de partners van de regio bundelen hun instrumentbudget",
            description = "Door een beheerder van die regio (claim regio), voor een arbeidsmarktregio uit de referentiegegevens; "
                    + "één keer per regio (409 fonds-bestaat). Het bedrag per geplande plaatsing verandert niet na inrichting.")
    @APIResponse(responseCode = "201", description = "Ingericht",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FondsWeergave.class)))
    @APIResponse(responseCode = "409", description = "fonds-bestaat: de regio heeft al een fonds")
    public Response richtIn(@Valid @NotNull FondsVerzoek body) {
        if (!instrumenten.isBekendeRegio(body.regio())) {
            throw ApiProblem.invalid("regio", "onbekende arbeidsmarktregio");
        }
        if (!beller.werktIn(body.regio())) {
            throw ApiProblem.forbidden("Alleen een beheerder van regio " + body.regio() + " richt diens fonds in");
        }
        // built before the commit, encoded: a region with a space or any other character is still a valid Location
        URI location = UriBuilder.fromPath("/api/v1/regiofondsen/{regio}").build(body.regio());
        Regiofonds fonds = instrumenten.richtFondsIn(body.regio(), body.bedragPerGeplandePlaatsing());
        return Response.created(location).entity(FondsWeergave.van(fonds)).build();
    }

    @GET
    @Path("/{regio}")
    @RolesAllowed({"adviseur", "beheerder", "dashboard"})
    @Operation(operationId = "leesRegiofonds", summary = "Saldo van een regiofonds",
            description = "Voor wie in die regio werkt: een adviseur van een partner uit de regio, een beheerder of dashboard "
                    + "met die regio in de claim regio; anderen: 404.")
    public FondsWeergave fonds(@PathParam("regio") String regio) {
        Regiofonds fonds = beller.werktIn(regio) ? fondsen.findById(regio) : null;
        if (fonds == null) {
            throw ApiProblem.notFound("Regiofonds");
        }
        return FondsWeergave.van(fonds);
    }

    @POST
    @Path("/{regio}/stortingen")
    @RolesAllowed("beheerder")
    @Operation(operationId = "stortInRegiofonds", summary = "Leg in voor een gemeente: geplande plaatsingen maal het bedrag per plaatsing, of een eigen bedrag",
            description = "Door een beheerder van die regio; anderen: 404. `gemeente` is een gemeente van de regio (anders 400 op "
                    + "`gemeente`); precies één van `geplandePlaatsingen` en `bedrag`; `periode` (jjjj-mm) mag.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StortingVerzoek.class),
            examples = {@ExampleObject(name = "plaatsingen", summary = "Tilburg legt in voor 50 geplande plaatsingen in januari",
                    value = "{\"gemeente\": \"Tilburg\", \"geplandePlaatsingen\": 50, \"periode\": \"2027-01\"}"),
                    @ExampleObject(name = "bedrag", summary = "Dongen past zijn inleg aan met een eigen bedrag",
                            value = "{\"gemeente\": \"Dongen\", \"bedrag\": 3750.00}")}))
    public FondsWeergave stort(@PathParam("regio") String regio, @Valid @NotNull StortingVerzoek body) {
        eisBeheerderVan(regio);
        return FondsWeergave.van(instrumenten.stort(regio, body.gemeente(), body.geplandePlaatsingen(), body.bedrag(),
                body.periode(), beller.wie()));
    }

    @GET
    @Path("/{regio}/stortingen")
    @RolesAllowed("beheerder")
    @Operation(operationId = "lijstRegiofondsstortingen", summary = "De inleg in het fonds, per gemeente",
            description = "Voor een beheerder van die regio; anderen: 404. In boekingsvolgorde; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<StortingWeergave> stortingen(
            @PathParam("regio") String regio,
            @QueryParam("gemeente") @Parameter(description = "Alleen de inleg van deze gemeente; een gemeente buiten de regio is 400") String gemeente,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        eisBeheerderVan(regio);
        return Pagina.uit(instrumenten.stortingen(regio, gemeente), cursor, Cursor.limiet(limiet), m -> String.format("%019d", m.id()))
                .map(StortingWeergave::van);
    }

    @GET
    @Path("/{regio}/afschrift")
    @RolesAllowed("beheerder")
    @Operation(operationId = "leesRegiofondsafschrift", summary = "Het afschrift van het fonds: elke inleg en elke betaling, met het saldo erna",
            description = "Voor een beheerder van die regio; anderen: 404. In boekingsvolgorde, geboekt van `van` tot en met `tot` "
                    + "(datums in Europe/Amsterdam; weglaten: alles); het saldo is dat na de regel over alle boekingen. Een betaling "
                    + "noemt de inzet en zijn soort, niet de kandidaat. Cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<AfschriftregelWeergave> afschrift(
            @PathParam("regio") String regio,
            @QueryParam("van") @Parameter(description = "Eerste boekingsdatum (jjjj-mm-dd)") LocalDate van,
            @QueryParam("tot") @Parameter(description = "Laatste boekingsdatum, inclusief (jjjj-mm-dd); niet voor `van`") LocalDate tot,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        eisBeheerderVan(regio);
        return Pagina.uit(instrumenten.afschrift(regio, van, tot), cursor, Cursor.limiet(limiet), r -> String.format("%019d", r.id()));
    }

    @GET
    @Path("/{regio}/bundeling-middelen")
    @RolesAllowed({"beheerder", "dashboard"})
    @Operation(operationId = "leesBundelingMiddelen", summary = "De maandrapportage Bundeling Middelen van een jaar",
            description = "Voor een beheerder of dashboard van die regio; anderen: 404. Per begonnen maand (Europe/Amsterdam): de inleg "
                    + "per gemeente, het bestede per soort instrument en per woongemeente van de kandidaten, en het saldo aan het "
                    + "eind van de maand. Alleen sommen.")
    public BundelingMiddelenWeergave maandrapportage(
            @PathParam("regio") String regio,
            @QueryParam("jaar") @Parameter(description = "Het jaar, bv. 2027", required = true) @NotNull(message = "het jaar, bv. 2027")
            @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") Integer jaar) {
        eisBeheerderVan(regio);
        return instrumenten.maandrapportage(regio, jaar);
    }

    @GET
    @Path("/{regio}/instrument-inzetten")
    @RolesAllowed("beheerder")
    @Operation(operationId = "lijstFondsinzetten", summary = "De inzetten die het fonds betaalt, bijvoorbeeld die op het besluit van het fonds wachten",
            description = "Voor een beheerder van die regio; anderen: 404. Zonder de kandidaat; oudste eerst; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<FondsinzetWeergave> inzetten(
            @PathParam("regio") String regio,
            @QueryParam("status") @Parameter(description = "Alleen de inzetten met deze status") InstrumentInzet.Status status,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        eisBeheerderVan(regio);
        return Pagina.uit(instrumenten.fondsinzetten(regio, status), cursor, Cursor.limiet(limiet),
                        i -> Cursor.sleutel(String.format("%019d%09d", i.aangevraagdOp().getEpochSecond(), i.aangevraagdOp().getNano()), i.id().toString()))
                .map(FondsinzetWeergave::van);
    }

    @POST
    @Path("/{regio}/instrument-inzetten/{id}/goedkeuring")
    @RolesAllowed("beheerder")
    @Persoonsgegevens(activiteit = "instrumentinzet")
    @Operation(operationId = "keurFondsinzetGoed", summary = "Keur een inzet die het fonds betaalt goed, als beheerder van het fonds",
            description = "In plaats van de partner van de kandidaat (\"Na bundeling is er één pot\"). Een inzet die dit fonds niet "
                    + "betaalt, of een beller die het fonds niet beheert: 404. Het fonds schrijft het bedrag af; een saldo dat "
                    + "het niet dekt: 409 fonds-ontoereikend, er verandert niets.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BesluitVerzoek.class),
            examples = @ExampleObject(name = "goedkeuring", summary = "Goedgekeurd, met een toelichting",
                    value = "{\"reden\": \"Past binnen het werkbudget Bundeling Middelen van 2027\"}")))
    @APIResponse(responseCode = "200", description = "Goedgekeurd en afgeschreven",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FondsinzetWeergave.class)))
    @APIResponse(responseCode = "409", description = "fonds-ontoereikend: het saldo dekt het bedrag niet; inzet-al-besloten: er is al besloten")
    public FondsinzetWeergave keurGoed(@PathParam("regio") String regio, @PathParam("id") UUID id, @Valid BesluitVerzoek body) {
        eisBeheerderVan(regio);
        return FondsinzetWeergave.van(instrumenten.besluitAlsFonds(regio, id, true, body == null ? null : body.reden(), beller.wie()));
    }

    @POST
    @Path("/{regio}/instrument-inzetten/{id}/afwijzing")
    @RolesAllowed("beheerder")
    @Persoonsgegevens(activiteit = "instrumentinzet")
    @Operation(operationId = "wijsFondsinzetAf", summary = "Wijs een inzet die het fonds betaalt af, met een reden, als beheerder van het fonds",
            description = "Een inzet die dit fonds niet betaalt, of een beller die het fonds niet beheert: 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BesluitVerzoek.class),
            examples = @ExampleObject(name = "afwijzing", summary = "Afgewezen, met de reden",
                    value = "{\"reden\": \"Het werkbudget van dit jaar is volledig besteed\"}")))
    @APIResponse(responseCode = "200", description = "Afgewezen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FondsinzetWeergave.class)))
    public FondsinzetWeergave wijsAf(@PathParam("regio") String regio, @PathParam("id") UUID id, @Valid @NotNull BesluitVerzoek body) {
        eisBeheerderVan(regio);
        if (body.reden() == null || body.reden().isBlank()) {
            throw ApiProblem.invalid("reden", "een afwijzing heeft een reden");
        }
        return FondsinzetWeergave.van(instrumenten.besluitAlsFonds(regio, id, false, body.reden(), beller.wie()));
    }

    /** The fund exists only for who works in its region (a beheerder or dashboard with it in the claim regio), once set up. */
    private void eisBeheerderVan(String regio) {
        if (!beller.werktIn(regio) || fondsen.findById(regio) == null) {
            throw ApiProblem.notFound("Regiofonds");
        }
    }
}
