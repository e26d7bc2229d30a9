package nl.wsp.matching.nazorg;

import nl.wsp.platform.http.Referentie;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import nl.wsp.matching.nazorg.api.NazorgVerzoek;
import nl.wsp.matching.nazorg.api.NazorgmomentWeergave;
import nl.wsp.matching.nazorg.api.NazorgmomentenPagina;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.matching.toegang.Beller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** After-care: the check-ins of a placement, and each partner's work list of due check-ins. */
@Persoonsgegevens(activiteit = "nazorg")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nazorg", description = "Nazorgmomenten na 1, 3 en 6 maanden, met uitkomst en notitie")
public class NazorgResource {

    private final RegistreerNazorg registreer;
    private final Nazorglijst lijst;
    private final Beller beller;

    NazorgResource(RegistreerNazorg registreer, Nazorglijst lijst, Beller beller) {
        this.registreer = registreer;
        this.lijst = lijst;
        this.beller = beller;
    }

    @GET
    @Path("/plaatsingen/{id}/nazorg")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "lijstNazorgVanPlaatsing", summary = "De nazorgmomenten van een plaatsing, met uitkomsten en notities")
    public List<NazorgmomentWeergave> nazorg(@PathParam("id") UUID id) {
        return registreer.vanPlaatsing(id, beller.zichtbaarheidsPartner()).stream().map(NazorgmomentWeergave::volledig).toList();
    }

    @POST
    @Path("/plaatsingen/{id}/nazorg")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "registreerNazorg", summary = "Registreer de uitkomst van een nazorgmoment (goed, aandachtspunt, risico-op-uitval) met een notitie")
    @APIResponse(responseCode = "409", description = "nazorg-niet-open (al geregistreerd of vervallen) of nazorg-te-vroeg")
    public NazorgmomentWeergave registreer(@PathParam("id") UUID id, @Valid @NotNull NazorgVerzoek body) {
        return NazorgmomentWeergave.volledig(registreer.registreer(id, body.maanden(), body.uitkomst(), body.notitie(),
                beller.zichtbaarheidsPartner(), beller.wie()));
    }

    @GET
    @Path("/nazorgmomenten")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "lijstNazorgmomenten", summary = "Nazorgmomenten van een partner: open (nu aan de beurt), gepland, geregistreerd of vervallen")
    public NazorgmomentenPagina momenten(@QueryParam("partner") @Referentie(Referentie.PARTNER) @Parameter(description = "De partner (zijn `code`): verplicht voor een beheerder; een adviseur ziet alleen de eigen; een onbekende partner is 400") String partner,
                                         @QueryParam("status") @DefaultValue("open") @Parameter(description = "`open`: nu aan de beurt; `gepland`: nog niet; `geregistreerd`; `vervallen`") Nazorglijst.Filter status,
                                         @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                         @QueryParam("limiet") @DefaultValue("50") @Parameter(description = "Hoeveel (standaard 50, hoogstens 200)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") int limiet) {
        String eigen = beller.zichtbaarheidsPartner();
        if (eigen == null && (partner == null || partner.isBlank())) {
            throw ApiProblem.invalid("partner", "verplicht voor een beheerder");
        }
        if (eigen != null && partner != null && !partner.equals(eigen)) {
            throw ApiProblem.forbidden("Een adviseur ziet de nazorg van de eigen partner");
        }
        Nazorglijst.Filter filter = status;
        Nazorglijst.Pagina pagina = lijst.van(eigen != null ? eigen : partner, filter, cursor, limiet);
        return new NazorgmomentenPagina(pagina.momenten().stream().map(NazorgmomentWeergave::zonderNotitie).toList(),
                pagina.volgendeCursor());
    }
}
