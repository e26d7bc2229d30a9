package nl.wsp.account.contactverzoek;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.transaction.Transactional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.account.contactverzoek.api.ContactverzoekVerzoek;
import nl.wsp.account.contactverzoek.api.ContactverzoekWeergave;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.platform.page.Pagina;
import nl.wsp.account.beller.Beller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/contactverzoeken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contactverzoeken", description = "Verzoeken van werkgevers om contact: reactie binnen 24 uur")
public class ContactverzoekResource {

    private static final ZoneId NL = TimeSource.ZONE;

    private final OntvangContactverzoek ontvang;
    private final BeantwoordContactverzoek beantwoord;
    private final ContactverzoekRepository verzoeken;
    private final Beller beller;
    private final Clock clock;

    ContactverzoekResource(OntvangContactverzoek ontvang, BeantwoordContactverzoek beantwoord, ContactverzoekRepository verzoeken,
                           Beller beller, Clock clock) {
        this.ontvang = ontvang;
        this.beantwoord = beantwoord;
        this.verzoeken = verzoeken;
        this.beller = beller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.CONTACTVERZOEKEN, handeling = "ontvangen")
    @Transactional
    @Operation(operationId = "ontvangContactverzoek", summary = "Registreer een contactverzoek van een werkgever; reactie uiterlijk 24 uur later")
    @APIResponse(responseCode = "201", description = "Ontvangen; de 24 uur lopen",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactverzoekWeergave.class)))
    public Response ontvang(@Valid @NotNull ContactverzoekVerzoek body) {
        Contactverzoek v = ontvang.ontvang(body.werkgeverId(), body.onderwerp());
        return Response.created(URI.create("/api/v1/contactverzoeken/" + v.id()))
                .entity(ContactverzoekWeergave.van(v, clock.instant())).build();
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.CONTACTVERZOEKEN)
    @Operation(operationId = "lijstContactverzoeken", summary = "Openstaande contactverzoeken (status=open) of die over de termijn zijn (status=termijn-verstreken), oudste eerst")
    public Pagina<ContactverzoekWeergave> lijst(
            @QueryParam("status") @DefaultValue("open") @Parameter(description = "`open`: nog niet beantwoord; `termijn-verstreken`: open en de 24 uur voorbij") ContactverzoekFilter status,
            @QueryParam("toegewezenAan") @Parameter(description = "Alleen de verzoeken toegewezen aan deze adviseur (zijn id)") UUID toegewezenAan,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        Instant nu = clock.instant();
        return verzoeken.open(status == ContactverzoekFilter.TERMIJN_VERSTREKEN, nu, toegewezenAan,
                        beller.regio().orElse(null), cursor,
                        nl.wsp.platform.page.Cursor.limiet(limiet))
                .map(v -> ContactverzoekWeergave.van(v, nu));
    }

    @GET
    @Path("/naleving")
    @RolesAllowed({"adviseur", "beheerder", "dashboard"})
    @Operation(operationId = "leesNaleving24Uur", summary = "Naleving van de 24-uursregel over de verzoeken ontvangen van `van` tot en met `tot` (datums, Nederlandse tijd)")
    public Naleving naleving(@QueryParam("van") @NotNull @Parameter(description = "De eerste dag (jjjj-mm-dd), Nederlandse tijd") LocalDate van,
                             @QueryParam("tot") @NotNull @Parameter(description = "De laatste dag (jjjj-mm-dd), tot en met") LocalDate tot) {
        LocalDate v = binnenBereik("van", van);
        LocalDate t = binnenBereik("tot", tot);
        if (t.isBefore(v)) {
            throw ApiProblem.invalid("tot", "ligt vóór van");
        }
        return Naleving.over(v, t, verzoeken.ontvangenTussen(v.atStartOfDay(NL).toInstant(), t.plusDays(1).atStartOfDay(NL).toInstant(),
                        beller.regio().orElse(null)),
                clock.instant());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.CONTACTVERZOEKEN)
    @Operation(operationId = "leesContactverzoek", summary = "Eén contactverzoek")
    public ContactverzoekWeergave een(@PathParam("id") UUID id) {
        return verzoeken.findByIdOptional(id).filter(v -> beller.ziet(v.regio()))
                .map(v -> ContactverzoekWeergave.van(v, clock.instant()))
                .orElseThrow(() -> ApiProblem.notFound("Contactverzoek " + id));
    }

    @POST
    @Path("/{id}/beantwoorden")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.CONTACTVERZOEKEN, handeling = "beantwoord")
    @Transactional
    @Operation(operationId = "beantwoordContactverzoek", summary = "Leg vast dat de werkgever antwoord kreeg (nu)")
    public ContactverzoekWeergave beantwoord(@PathParam("id") UUID id) {
        return ContactverzoekWeergave.van(beantwoord.beantwoord(id), clock.instant());
    }

    private static LocalDate binnenBereik(String veld, LocalDate datum) {
        if (datum.getYear() < 2000 || datum.getYear() > 2199) {
            throw ApiProblem.invalid(veld, "een datum van 2000 tot en met 2199");
        }
        return datum;
    }
}
