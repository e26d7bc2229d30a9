package nl.wsp.account.werkgever;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.transaction.Transactional;
import nl.wsp.platform.http.Referentie;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.page.Cursor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.account.werkgever.api.ToewijzingVerzoek;
import nl.wsp.account.werkgever.api.ToewijzingWeergave;
import nl.wsp.account.werkgever.api.WerkgeverVerzoek;
import nl.wsp.account.werkgever.api.WerkgeverWeergave;
import nl.wsp.account.werkgever.api.WerkgeverWijziging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/werkgevers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Werkgevers", description = "Werkgevers en hun ene accountmanager")
public class WerkgeverResource {

    private final RegistreerWerkgever registreerWerkgever;
    private final WijzigWerkgever wijzigWerkgever;
    private final WijsAccountmanagerToe wijsAccountmanagerToe;
    private final WerkgeverRepository werkgevers;
    private final WerkgeverZoeken zoeken;
    private final AdviseurRepository adviseurs;
    private final Toegang toegang;

    WerkgeverResource(RegistreerWerkgever registreerWerkgever, WijzigWerkgever wijzigWerkgever,
                      WijsAccountmanagerToe wijsAccountmanagerToe, WerkgeverRepository werkgevers,
                      WerkgeverZoeken zoeken, AdviseurRepository adviseurs, Toegang toegang) {
        this.registreerWerkgever = registreerWerkgever;
        this.wijzigWerkgever = wijzigWerkgever;
        this.wijsAccountmanagerToe = wijsAccountmanagerToe;
        this.werkgevers = werkgevers;
        this.zoeken = zoeken;
        this.adviseurs = adviseurs;
        this.toegang = toegang;
    }

    @POST
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT, handeling = "geregistreerd")
    @Transactional
    @Operation(operationId = "registreerWerkgever", summary = "Registreer een werkgever (KvK-nummer uniek)")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "KvK-nummer bestaat al: urn:nl:wsp:probleem:werkgever-bestaat, met bestaandeWerkgever en accountmanager",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WerkgeverWeergave.class)))
    public Response registreer(@Valid @NotNull WerkgeverVerzoek body) {
        Werkgever w = registreerWerkgever.registreer(body.kvkNummer(), invoer(body.naam(), body.vestigingsgemeente(),
                body.sector(), body.aantalWerknemers(), body.keyAccount(), body.smaakmaker()), body.accountmanagerId(), toegang.wie());
        return Response.created(URI.create("/api/v1/werkgevers/" + w.id()))
                .entity(WerkgeverWeergave.van(w, am(w), werkgevers.bezoeken(w.id()))).build();
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT)
    @Operation(operationId = "zoekWerkgevers", summary = "Zoek werkgevers op KvK-nummer, naam (vergevingsgezind), gemeente, sector of accountmanager",
            description = "Gesorteerd op naam; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<WerkgeverWeergave> zoek(@QueryParam("kvkNummer") @Pattern(regexp = "[0-9]{8}", message = "precies 8 cijfers")
                                          @Parameter(description = "Het KvK-nummer, precies 8 cijfers", example = "12345678") String kvkNummer,
                                          @QueryParam("naam") @Parameter(description = "(Een deel van) de naam; hoofdletters, accenten en kleine tikfouten tellen niet") String naam,
                                          @QueryParam("gemeente") @Referentie(Referentie.GEMEENTE) @Parameter(description = "De vestigingsgemeente; een onbekende gemeente is 400") String gemeente,
                                          @QueryParam("sector") @Parameter(description = "De sector") String sector,
                                          @QueryParam("accountmanagerId") @Parameter(description = "Alleen de werkgevers van deze accountmanager (een adviseur-id)") UUID accountmanagerId,
                                          @QueryParam("bediend") @Parameter(description = "`true`: werkgevers met 25 werknemers of meer (die het WSP bedient); `false`: kleiner") Boolean bediend,
                                          @QueryParam("keyAccount") @Parameter(description = "Alleen key accounts (`true`) of juist niet (`false`)") Boolean keyAccount,
                                          @QueryParam("smaakmaker") @Parameter(description = "Alleen smaakmakers (`true`) of juist niet (`false`)") Boolean smaakmaker,
                                          @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                          @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        Pagina<Werkgever> pagina = zoeken.zoek(new WerkgeverZoeken.Zoekvraag(kvkNummer, naam, gemeente, sector,
                accountmanagerId, bediend, keyAccount, smaakmaker, toegang.regio()), cursor, Cursor.limiet(limiet));
        Map<UUID, Adviseur> ams = new HashMap<>();
        return pagina.map(w -> WerkgeverWeergave.van(w, w.accountmanagerId() == null ? null
                : ams.computeIfAbsent(w.accountmanagerId(), id -> adviseurs.findById(id))));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT)
    @Operation(operationId = "leesWerkgever", summary = "Eén werkgever, met accountmanager en bedrijfsbezoeken")
    public WerkgeverWeergave een(@PathParam("id") UUID id) {
        Werkgever w = toegang.zichtbareWerkgever(id);
        return WerkgeverWeergave.van(w, am(w), werkgevers.bezoeken(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT, handeling = "gewijzigd")
    @Transactional
    @Operation(operationId = "wijzigWerkgever", summary = "Wijzig de gegevens van een werkgever (de accountmanager of een beheerder)")
    public WerkgeverWeergave wijzig(@PathParam("id") UUID id, @Valid @NotNull WerkgeverWijziging body) {
        Werkgever w = wijzigWerkgever.wijzig(id, invoer(body.naam(), body.vestigingsgemeente(), body.sector(),
                body.aantalWerknemers(), body.keyAccount(), body.smaakmaker()));
        return WerkgeverWeergave.van(w, am(w), werkgevers.bezoeken(id));
    }

    @POST
    @Path("/{id}/accountmanager-toewijzingen")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT, handeling = "toegewezen")
    @Transactional
    @Operation(operationId = "wijsAccountmanagerToe", summary = "Wijs de (volgende) accountmanager toe",
            description = "Alleen de huidige accountmanager of een beheerder; zolang er geen is, elke adviseur. "
                    + "409 urn:nl:wsp:probleem:accountmanager-gewijzigd als huidigeAccountmanagerId niet (meer) klopt.")
    @APIResponse(responseCode = "403", description = "Niet de accountmanager", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Intussen gewijzigd", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "201", description = "Toegewezen",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToewijzingWeergave.class)))
    public Response wijsToe(@PathParam("id") UUID id, @Valid @NotNull ToewijzingVerzoek body) {
        AccountmanagerToewijzing t = wijsAccountmanagerToe.wijsToe(id, body.accountmanagerId(), body.huidigeAccountmanagerId(), body.reden());
        return Response.created(URI.create("/api/v1/werkgevers/" + id + "/accountmanager-toewijzingen"))
                .entity(ToewijzingWeergave.van(t)).build();
    }

    @GET
    @Path("/{id}/accountmanager-toewijzingen")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT)
    @Operation(operationId = "lijstAccountmanagerToewijzingen", summary = "Geschiedenis van accountmanagers: wie, wanneer, waarom",
            description = "Oudste eerst (op `volgnummer`); cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<ToewijzingWeergave> geschiedenis(@PathParam("id") UUID id,
                                          @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                          @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        toegang.zichtbareWerkgever(id);
        return Pagina.uit(werkgevers.geschiedenis(id), cursor, Cursor.limiet(limiet), t -> String.format("%019d", t.volgnummer()))
                .map(ToewijzingWeergave::van);
    }

    private Adviseur am(Werkgever w) {
        return w.accountmanagerId() == null ? null : adviseurs.findById(w.accountmanagerId());
    }

    private static RegistreerWerkgever.Invoer invoer(String naam, String gemeente, String sector, Integer aantal,
                                                     Boolean keyAccount, Boolean smaakmaker) {
        return new RegistreerWerkgever.Invoer(naam, gemeente, sector, aantal,
                Boolean.TRUE.equals(keyAccount), Boolean.TRUE.equals(smaakmaker));
    }
}
