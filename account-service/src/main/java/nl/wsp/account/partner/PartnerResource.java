package nl.wsp.account.partner;

import nl.wsp.platform.http.Referentie;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import nl.wsp.account.beller.Beller;
import nl.wsp.account.beller.OokVoorBeperktePartner;
import nl.wsp.account.partner.api.PartnerStatusWijzigingWeergave;
import nl.wsp.account.partner.api.PartnerVerzoek;
import nl.wsp.account.partner.api.PartnerWeergave;
import nl.wsp.account.partner.api.UitvoeringVerzoek;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Partnerorganisaties van het WSP: gemeenten, UWV, SW-bedrijven")
public class PartnerResource {

    private final RegistreerPartner registreerPartner;
    private final WijzigPartnerStatus wijzigStatus;
    private final WijzigUitvoering wijzigUitvoering;
    private final PartnerRepository partners;
    private final Beller beller;

    PartnerResource(RegistreerPartner registreerPartner, WijzigPartnerStatus wijzigStatus, WijzigUitvoering wijzigUitvoering,
                    PartnerRepository partners, Beller beller) {
        this.registreerPartner = registreerPartner;
        this.wijzigStatus = wijzigStatus;
        this.wijzigUitvoering = wijzigUitvoering;
        this.partners = partners;
        this.beller = beller;
    }

    @POST
    @RolesAllowed("beheerder")
    @Operation(operationId = "registreerPartner", summary = "Registreer een partnerorganisatie")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Partnercode bestaat al", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWeergave.class)))
    public Response registreer(@Valid @NotNull PartnerVerzoek body) {
        if (!beller.ziet(body.regio())) {
            throw ApiProblem.invalid("regio", "een beheerder van regio " + beller.regio().orElse("") + " registreert alleen partners van die regio");
        }
        Partner partner = registreerPartner.registreer(body.code(), body.naam(), body.soort(), body.regio());
        return Response.created(URI.create("/api/v1/partners/" + partner.code())).entity(PartnerWeergave.van(partner)).build();
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder", "partnersysteem"})
    @OokVoorBeperktePartner // who the partners of the region are is no employer's data (docs/adr/0042)
    @Operation(operationId = "lijstPartners", summary = "Partnerorganisaties, eventueel van één arbeidsmarktregio",
            description = "Gesorteerd op code; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<PartnerWeergave> lijst(@QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "Alleen de partners van deze arbeidsmarktregio") String regio,
                                          @QueryParam("actief") @Parameter(description = "Alleen de partners die nu wel (`true`) of niet (`false`) actief zijn in hun regio") Boolean actief,
                                          @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                          @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        List<Partner> zichtbaar = partners.inRegio(regio).stream().filter(p -> beller.ziet(p.regio()))
                .filter(p -> actief == null || p.actief() == actief).toList();
        return Pagina.uit(zichtbaar, cursor, Cursor.limiet(limiet), p -> p.code()).map(PartnerWeergave::van);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"adviseur", "beheerder", "partnersysteem"})
    @OokVoorBeperktePartner // who the partners of the region are is no employer's data (docs/adr/0042)
    @Operation(operationId = "leesPartner", summary = "Eén partnerorganisatie")
    public PartnerWeergave een(@PathParam("code") String code) {
        return partners.findByCode(code).filter(p -> beller.ziet(p.regio())).map(PartnerWeergave::van).orElseThrow(() -> ApiProblem.notFound("Partner " + code));
    }

    @POST
    @Path("/{code}/deactivering")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("beheerder")
    @Operation(operationId = "deactiveerPartner", summary = "Deactiveer een partner in zijn regio (beheerder van die regio of landelijk)",
            description = "Zijn adviseurs en systemen worden daarna geweigerd (403) en hij kan geen partij meer zijn (400). "
                    + "Vastgelegd (wie, wanneer, oud en nieuw) en gemeld met `nl.werkgeversdienstverlening.partners.gedeactiveerd.v1`; "
                    + "een partner die al inactief is, blijft dat zonder nieuwe vastlegging.")
    @APIResponse(responseCode = "200", description = "Niet (meer) actief",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWeergave.class)))
    public PartnerWeergave deactiveer(@PathParam("code") String code) {
        return PartnerWeergave.van(wijzigStatus.deactiveer(code));
    }

    @POST
    @Path("/{code}/activering")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("beheerder")
    @Operation(operationId = "activeerPartner", summary = "Maak een partner weer actief in zijn regio (beheerder van die regio of landelijk)",
            description = "Vastgelegd en gemeld met `nl.werkgeversdienstverlening.partners.geactiveerd.v1`; een actieve partner blijft dat zonder nieuwe vastlegging.")
    @APIResponse(responseCode = "200", description = "Actief",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWeergave.class)))
    public PartnerWeergave activeer(@PathParam("code") String code) {
        return PartnerWeergave.van(wijzigStatus.activeer(code));
    }

    @PUT
    @Path("/{code}/uitvoering")
    @RolesAllowed("beheerder")
    @Operation(operationId = "stelUitvoeringIn", summary = "Maak een partner uitvoeringsorganisatie van gemeenten van zijn regio (beheerder van die regio of landelijk)",
            description = "Zoals Baanbrekers uitvoeringsorganisatie Werk en Inkomen is voor Waalwijk, Heusden en Loon op Zand (ADR 0041). "
                    + "Vervangt de hele lijst; een lege lijst: de partner handelt weer alleen voor zichzelf. Zijn kandidaten moeten in een van die "
                    + "gemeenten wonen (matching-service) en tellen mee voor hun realisatie (reporting-service). Gemeld met "
                    + "`nl.werkgeversdienstverlening.partners.uitvoering-gewijzigd.v1`; dezelfde gemeenten nog eens noemen verandert niets.")
    @APIResponse(responseCode = "400", description = "Een onbekende gemeente of een gemeente buiten de regio van de partner (`uitvoerendVoor[i]`)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "De partner met zijn gemeenten",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWeergave.class)))
    public PartnerWeergave stelUitvoeringIn(@PathParam("code") String code, @Valid @NotNull UitvoeringVerzoek body) {
        return PartnerWeergave.van(wijzigUitvoering.wijzig(code, body.uitvoerendVoor()));
    }

    @GET
    @Path("/{code}/statuswijzigingen")
    @RolesAllowed("beheerder")
    @Operation(operationId = "lijstPartnerStatuswijzigingen", summary = "Elke (de)activering van een partner: wie, wanneer, oud en nieuw",
            description = "Oudste eerst; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<PartnerStatusWijzigingWeergave> statuswijzigingen(@PathParam("code") String code,
                                          @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                          @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        partners.findByCode(code).filter(p -> beller.ziet(p.regio())).orElseThrow(() -> ApiProblem.notFound("Partner " + code));
        return Pagina.uit(partners.statuswijzigingen(code), cursor, Cursor.limiet(limiet), PartnerResource::sleutel)
                .map(PartnerStatusWijzigingWeergave::van);
    }

    /** Oldest first and unique: the moment in microseconds, zero-padded so that text order is time order, then the id. */
    private static String sleutel(PartnerStatusWijziging w) {
        long micros = w.gewijzigdOp().getEpochSecond() * 1_000_000L + w.gewijzigdOp().getNano() / 1_000;
        return String.format("%019d-%s", micros, w.id());
    }
}
