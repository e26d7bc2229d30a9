package nl.wsp.matching.instrument;

import nl.wsp.platform.http.Referentie;
import nl.wsp.platform.logboek.Persoonsgegevens;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import nl.wsp.matching.instrument.api.BesluitVerzoek;
import nl.wsp.matching.instrument.api.InstrumentVerzoek;
import nl.wsp.matching.instrument.api.InstrumentWeergave;
import nl.wsp.matching.instrument.api.InzetVerzoek;
import nl.wsp.matching.instrument.api.InzetWeergave;
import nl.wsp.matching.instrument.api.VerlengingVerzoek;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.matching.toegang.Beller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Instrument catalogues, deployments with the paying partner's consent, and pooled regional funds (rule 8). */
@Persoonsgegevens(activiteit = "instrumentinzet")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instrumenten", description = "Instrumenten per partner; inzet alleen met toestemming van de betalende partner")
public class InstrumentResource {

    private final Instrumenten instrumenten;
    private final InstrumentRepository catalogus;
    private final InstrumentInzetRepository inzetten;
    private final Beller beller;

    InstrumentResource(Instrumenten instrumenten, InstrumentRepository catalogus, InstrumentInzetRepository inzetten,
                       Beller beller) {
        this.instrumenten = instrumenten;
        this.catalogus = catalogus;
        this.inzetten = inzetten;
        this.beller = beller;
    }

    @GET
    @Path("/instrumenten")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "lijstInstrumenten", summary = "De instrumentencatalogus, eventueel van één partner",
            description = "Gesorteerd op partner, soort en naam; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<InstrumentWeergave> catalogus(
            @QueryParam("partner") @Referentie(Referentie.PARTNER) @Parameter(description = "Alleen de catalogus van deze partner (zijn `code`); een onbekende partner is 400") String partner,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        return Pagina.uit(catalogus.catalogus(partner), cursor, Cursor.limiet(limiet),
                        i -> Cursor.sleutel(i.partner(), i.soort().code(), i.naam(), i.id().toString()))
                .map(InstrumentWeergave::van);
    }

    @POST
    @Path("/instrumenten")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "neemInstrumentOp", summary = "Neem een instrument op in de catalogus van een partner (beheerder, of een adviseur van die partner)")
    @APIResponse(responseCode = "201", description = "Opgenomen",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstrumentWeergave.class)))
    public Response neemOp(@Valid @NotNull InstrumentVerzoek body) {
        if (!beller.isBeheerder() && !beller.partner().map(body.partner()::equals).orElse(false)) {
            throw ApiProblem.forbidden("alleen " + body.partner() + " zelf of een beheerder beheert die catalogus");
        }
        Instrument opgenomen = instrumenten.neemOpInCatalogus(body);
        return Response.created(URI.create("/api/v1/instrumenten/" + opgenomen.id())).entity(InstrumentWeergave.van(opgenomen)).build();
    }

    @POST
    @Path("/instrument-inzetten")
    @RolesAllowed("adviseur")
    @Operation(operationId = "vraagInstrumentInzetAan", summary = "Vraag de inzet van een instrument voor een kandidaat aan; de betalende partner beslist",
            description = "Voor een kandidaat van de eigen partner, of een kandidaat waarbij de eigen partner via een niet "
                    + "afgewezen voordracht betrokken is (voordragend of accountmanager van de vacature); elke andere kandidaat: 404.")
    @APIResponse(responseCode = "201", description = "Aangevraagd; nog niet ingezet",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InzetWeergave.class)))
    @APIResponse(responseCode = "404", description = "De kandidaat bestaat niet voor deze adviseur")
    public Response vraagAan(@Valid @NotNull InzetVerzoek body) {
        InstrumentInzet inzet = instrumenten.vraagAan(new Instrumenten.Aanvraag(body.instrumentId(), body.kandidaatId(),
                body.startdatum(), body.duurMaanden(), body.bedrag(), body.loonwaardePercentage(),
                body.menukaartAfwijking() == null ? null : body.menukaartAfwijking().alsAfwijking()), beller.wie(),
                beller.eigenPartner());
        return Response.created(URI.create("/api/v1/instrument-inzetten/" + inzet.id())).entity(weergave(inzet)).build();
    }

    @GET
    @Path("/instrument-inzetten")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "lijstInstrumentInzetten", summary = "Inzetaanvragen, bijvoorbeeld die op een besluit van mijn partner wachten",
            description = "Een adviseur ziet de aanvragen die zijn partner betaalt of deed; een beheerder alle. Oudste eerst; "
                    + "cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<InzetWeergave> inzetten(
            @QueryParam("betalendePartner") @Referentie(Referentie.PARTNER) @Parameter(description = "Alleen de aanvragen die deze partner (zijn `code`) betaalt; een onbekende partner is 400") String partner,
            @QueryParam("status") @Parameter(description = "Alleen de aanvragen met deze status") InstrumentInzet.Status status,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        int n = Cursor.limiet(limiet);
        String[] na = cursor == null ? null : Cursor.lees(cursor, 2);
        List<InstrumentInzet> rijen = inzetten.pagina(beller.zichtbaarheidsPartner(), partner, status,
                na == null ? null : cursorTijd(na[0]), na == null ? null : Cursor.uuid(na[1]), n + 1);
        // a list, not a stream: each row's history is another query, which would close an open stream's result set
        return Pagina.van(rijen, n, i -> Cursor.maak(i.aangevraagdOp().toString(), i.id().toString()))
                .map(this::weergave);
    }

    private static Instant cursorTijd(String waarde) {
        try {
            return Instant.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }

    @GET
    @Path("/instrument-inzetten/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "leesInstrumentInzet", summary = "Eén inzet met zijn besluit en geschiedenis",
            description = "Voor de partner van de kandidaat (die betaalt), de partner van de aanvragende adviseur en een beheerder; anderen: 404.")
    public InzetWeergave inzet(@PathParam("id") UUID id) {
        InstrumentInzet inzet = inzetten.findById(id);
        if (inzet == null || !beller.isBeheerder() && !inzet.isZichtbaarVoor(beller.eigenPartner())) {
            throw ApiProblem.notFound("Instrumentinzet " + id);
        }
        return weergave(inzet);
    }

    @POST
    @Path("/instrument-inzetten/{id}/goedkeuring")
    @RolesAllowed("adviseur")
    @Operation(operationId = "keurInstrumentInzetGoed", summary = "Keur de inzet goed, als adviseur van de betalende partner",
            description = "Waar de regio van de kandidaat haar middelen bundelt (een regiofonds) en de inzet een bedrag noemt, "
                    + "beslist de beheerder van het fonds (`/regiofondsen/{regio}/instrument-inzetten/{id}/goedkeuring`); de "
                    + "partner van de kandidaat krijgt dan 403.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BesluitVerzoek.class),
            examples = @ExampleObject(name = "goedkeuring", summary = "Goedgekeurd, met een toelichting",
                    value = "{\"reden\": \"Past binnen het budget voor loonkostensubsidie van Amersfoort voor 2027\"}")))
    public InzetWeergave keurGoed(@PathParam("id") UUID id, @Valid BesluitVerzoek body) {
        return weergave(instrumenten.besluit(id, true, body == null ? null : body.reden(), beller.wie(), beller.eigenPartner()));
    }

    @POST
    @Path("/instrument-inzetten/{id}/afwijzing")
    @RolesAllowed("adviseur")
    @Operation(operationId = "wijsInstrumentInzetAf", summary = "Wijs de inzet af, met een reden, als adviseur van de betalende partner",
            description = "Een inzet die het regiofonds betaalt, wijst de beheerder van het fonds af; de partner van de kandidaat krijgt 403.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BesluitVerzoek.class),
            examples = @ExampleObject(name = "afwijzing", summary = "Afgewezen, met de reden",
                    value = "{\"reden\": \"Het budget voor jobcoaching van dit jaar is volledig besteed\"}")))
    public InzetWeergave wijsAf(@PathParam("id") UUID id, @Valid @NotNull BesluitVerzoek body) {
        if (body.reden() == null || body.reden().isBlank()) {
            throw ApiProblem.invalid("reden", "een afwijzing heeft een reden");
        }
        return weergave(instrumenten.besluit(id, false, body.reden(), beller.wie(), beller.eigenPartner()));
    }

    @POST
    @Path("/instrument-inzetten/{id}/verlenging")
    @RolesAllowed("adviseur")
    @Operation(operationId = "verlengInstrumentInzet", summary = "Verleng een goedgekeurde inzet één keer, als adviseur van de betalende partner",
            description = "Een proefplaatsing met ten hoogste 1 maand (\"maximaal 2 maanden met 1 maand verlenging\"), voor het einde "
                    + "van de periode; een soort zonder verlenging, een tweede verlenging of een inzet die niet loopt: 409 "
                    + "inzet-niet-verlengbaar. Meer maanden dan de soort toestaat: 400 op `maanden`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerlengingVerzoek.class),
            examples = @ExampleObject(name = "verlenging", summary = "Een maand erbij, met de reden",
                    value = "{\"maanden\": 1, \"reden\": \"De werkgever wil de kandidaat nog een maand zien op de nachtdienst\"}")))
    @APIResponse(responseCode = "200", description = "Verlengd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InzetWeergave.class)))
    @APIResponse(responseCode = "409", description = "inzet-niet-verlengbaar: de soort kent geen verlenging, de inzet is al verlengd, niet goedgekeurd of voorbij")
    public InzetWeergave verleng(@PathParam("id") UUID id, @Valid @NotNull VerlengingVerzoek body) {
        return weergave(instrumenten.verleng(id, body.maanden(), body.reden(), beller.wie(), beller.eigenPartner()));
    }

    private InzetWeergave weergave(InstrumentInzet inzet) {
        return instrumenten.weergave(inzet);
    }
}
