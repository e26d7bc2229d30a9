package nl.wsp.matching.instrument;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.matching.instrument.api.MenukaartWeergave;
import nl.wsp.matching.instrument.api.MenukaartafwijkingWeergave;
import nl.wsp.matching.instrument.api.MenukaartregelVerzoek;
import nl.wsp.matching.toegang.Beller;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regional menu (issue 18; seed 004 "Een gezamenlijke menukaart die de inzet van middelen voor iedere gemeente gelijk
 * maakt"): which kinds a region offers within which limits, set by its beheerder, and the MT's exceptions to it.
 */
@Path("/api/v1/menukaarten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instrumenten", description = "Instrumenten per partner; inzet alleen met toestemming van de betalende partner")
public class MenukaartResource {

    private final Instrumenten instrumenten;
    private final MenukaartregelRepository menukaarten;
    private final InstrumentInzetRepository inzetten;
    private final Beller beller;

    MenukaartResource(Instrumenten instrumenten, MenukaartregelRepository menukaarten, InstrumentInzetRepository inzetten,
                      Beller beller) {
        this.instrumenten = instrumenten;
        this.menukaarten = menukaarten;
        this.inzetten = inzetten;
        this.beller = beller;
    }

    @GET
    @Path("/{regio}")
    @RolesAllowed({"adviseur", "beheerder", "dashboard"})
    @Operation(operationId = "leesMenukaart", summary = "De menukaart van een regio: welke instrumenten zij aanbiedt, binnen welke grenzen",
            description = "Voor wie in die regio werkt (een adviseur van een partner uit de regio, een beheerder of dashboard met "
                    + "die regio in de claim regio); anderen: 404. Zonder regels heeft de regio geen menukaart en gelden de catalogi.")
    public MenukaartWeergave menukaart(@PathParam("regio") String regio) {
        if (!beller.werktIn(regio)) {
            throw ApiProblem.notFound("Menukaart");
        }
        return MenukaartWeergave.van(regio, menukaarten.vanRegio(regio));
    }

    @PUT
    @Path("/{regio}/regels/{soort}")
    @RolesAllowed("beheerder")
    @Operation(operationId = "stelMenukaartregelVast", summary = "Stel één regel van de menukaart van een regio vast",
            description = "Door een beheerder van die regio (claim regio); anderen: 403. De grenzen liggen binnen die van de soort "
                    + "(400 op `maxMaanden` of `maxBedrag`). Heeft een regio een regel, dan valt een aanvraag voor een kandidaat "
                    + "uit die regio buiten de menukaart als de soort er niet (aangeboden) op staat of de grenzen overschrijdt; "
                    + "die vraagt een afwijking van het MT (`menukaartAfwijking` in de aanvraag).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MenukaartregelVerzoek.class),
            examples = @ExampleObject(name = "jobcoaching", summary = "Jobcoaching, ten hoogste twee jaar in deze regio",
                    value = "{\"aangeboden\": true, \"maxMaanden\": 24}")))
    public MenukaartWeergave.Regel stelVast(@PathParam("regio") String regio,
                                            @PathParam("soort") @Parameter(description = "De soort (zijn code, bv. `jobcoaching`); een onbekende soort is 400") String soort,
                                            @Valid @NotNull MenukaartregelVerzoek body) {
        if (!beller.werktIn(regio)) {
            throw ApiProblem.forbidden("Alleen een beheerder van regio " + regio + " stelt diens menukaart vast");
        }
        Instrumentsoort s = java.util.Arrays.stream(Instrumentsoort.values()).filter(k -> k.code().equals(soort)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid("soort", "onbekende soort; gebruik een code uit de catalogus, bv. jobcoaching"));
        return MenukaartWeergave.Regel.van(instrumenten.stelMenukaartregelVast(regio, s, body.aangeboden(),
                body.maxMaanden(), body.maxBedrag(), beller.wie()));
    }

    @GET
    @Path("/{regio}/afwijkingen")
    @RolesAllowed("beheerder")
    @Operation(operationId = "lijstMenukaartafwijkingen", summary = "De aanvragen buiten de menukaart op een afwijking van het MT",
            description = "Voor een beheerder van die regio; anderen: 404. Wie goedkeurde, wanneer en waarom, en wie het vastlegde; "
                    + "oudste eerst; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<MenukaartafwijkingWeergave> afwijkingen(
            @PathParam("regio") String regio,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        if (!beller.werktIn(regio)) {
            throw ApiProblem.notFound("Menukaart");
        }
        return Pagina.uit(inzetten.afwijkingenVan(regio), cursor, Cursor.limiet(limiet),
                        i -> Cursor.sleutel(String.format("%019d%09d", i.aangevraagdOp().getEpochSecond(), i.aangevraagdOp().getNano()), i.id().toString()))
                .map(MenukaartafwijkingWeergave::van);
    }
}
