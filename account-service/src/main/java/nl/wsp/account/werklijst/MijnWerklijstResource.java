package nl.wsp.account.werklijst;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.transaction.Transactional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.contactmoment.Contactmoment;
import nl.wsp.account.contactverzoek.ContactverzoekRepository;
import nl.wsp.account.contactverzoek.api.ContactverzoekWeergave;
import nl.wsp.platform.page.Cursor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.account.werkgever.WerkgeverRepository;
import nl.wsp.account.werklijst.api.GezienVerzoek;
import nl.wsp.account.werklijst.api.GezienWeergave;
import nl.wsp.account.werklijst.api.WerklijstContact;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The account manager's own work list (issue 17, item 7), always for the calling adviser ({@code sub}): overdue follow-up
 * promises (001: "persoonlijke belofte n.a.v. de vervolgactie"), open contact requests assigned to them, and contact moments
 * other partners had with their employers since they last looked. Every list is a cursor page.
 */
@Path("/api/v1/werklijsten/mijn")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Werklijsten", description = "Werkgevers die aandacht vragen")
public class MijnWerklijstResource {

    private final WerklijstRepository werklijst;
    private final ContactverzoekRepository verzoeken;
    private final WerkgeverRepository werkgevers;
    private final AdviseurRepository adviseurs;
    private final MarkeerGezien markeer;
    private final Beller beller;
    private final Clock clock;

    MijnWerklijstResource(WerklijstRepository werklijst, ContactverzoekRepository verzoeken, WerkgeverRepository werkgevers,
                          AdviseurRepository adviseurs, MarkeerGezien markeer, Beller beller, Clock clock) {
        this.werklijst = werklijst;
        this.verzoeken = verzoeken;
        this.werkgevers = werkgevers;
        this.adviseurs = adviseurs;
        this.markeer = markeer;
        this.beller = beller;
        this.clock = clock;
    }

    @GET
    @Path("/verlopen-vervolgafspraken")
    @RolesAllowed("adviseur")
    @Persoonsgegevens(activiteit = Verwerkingen.WERKLIJST)
    @Operation(operationId = "lijstMijnVerlopenVervolgafspraken", summary = "Mijn vervolgafspraken waarvan vervolgUiterlijk voorbij is en waarna geen nieuw contact met de werkgever volgde; oudste eerst")
    public Pagina<WerklijstContact> verlopenVervolgafspraken(@QueryParam("cursor") String cursor, @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        return werklijst.verlopenVervolgafspraken(ik(), TimeSource.vandaag(clock), cursor, Cursor.limiet(limiet)).map(this::weergave);
    }

    @GET
    @Path("/open-contactverzoeken")
    @RolesAllowed("adviseur")
    @Persoonsgegevens(activiteit = Verwerkingen.WERKLIJST)
    @Operation(operationId = "lijstMijnOpenContactverzoeken", summary = "Onbeantwoorde contactverzoeken die aan mij zijn toegewezen; oudste eerst")
    public Pagina<ContactverzoekWeergave> openContactverzoeken(@QueryParam("cursor") String cursor, @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        Instant nu = clock.instant();
        return verzoeken.open(false, nu, ik(), beller.regio().orElse(null), cursor, Cursor.limiet(limiet))
                .map(v -> ContactverzoekWeergave.van(v, nu));
    }

    @GET
    @Path("/contacten-andere-partners")
    @RolesAllowed("adviseur")
    @Persoonsgegevens(activiteit = Verwerkingen.WERKLIJST)
    @Operation(operationId = "lijstMijnContactenAnderePartners", summary = "Contactmomenten van adviseurs van andere partners met mijn werkgevers, geregistreerd na mijn laatst-gezien-markering; oudste eerst")
    public Pagina<WerklijstContact> contactenAnderePartners(@QueryParam("cursor") String cursor, @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        UUID ik = ik();
        Instant sinds = werklijst.findByIdOptional(ik).map(LaatstGezien::gezienTot).orElse(null);
        return werklijst.contactenVanAnderePartners(ik, partner(), sinds, cursor, Cursor.limiet(limiet)).map(this::weergave);
    }

    @PUT
    @Path("/contacten-andere-partners/gezien")
    @RolesAllowed("adviseur")
    @Persoonsgegevens(activiteit = Verwerkingen.WERKLIJST, handeling = "gezien-gemarkeerd")
    @Transactional
    @Operation(operationId = "markeerContactenAnderePartnersGezien", summary = "Markeer dat ik de contacten van andere partners tot en met `tot` heb gezien (de markering gaat alleen vooruit)")
    public GezienWeergave gezien(@Valid @NotNull GezienVerzoek body) {
        if (body.tot().isAfter(clock.instant())) {
            throw ApiProblem.invalid("tot", "ligt in de toekomst");
        }
        return new GezienWeergave(markeer.markeer(ik(), body.tot()).gezienTot());
    }

    private UUID ik() {
        return beller.adviseur().orElseThrow(() -> ApiProblem.forbidden("Alleen een adviseur heeft een eigen werklijst"));
    }

    private String partner() {
        return beller.partner().orElseThrow(() -> ApiProblem.forbidden("Alleen een adviseur heeft een eigen werklijst"));
    }

    private WerklijstContact weergave(Contactmoment c) {
        return WerklijstContact.van(c, werkgevers.findByIdOptional(c.werkgeverId()).map(Werkgever::naam).orElse(null),
                adviseurs.findByIdOptional(c.adviseurId()).map(Adviseur::partnerCode).orElse(null));
    }
}
