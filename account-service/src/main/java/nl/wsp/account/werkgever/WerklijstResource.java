package nl.wsp.account.werkgever;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.account.werkgever.api.TeBezoekenWerkgever;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.HashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/werklijsten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Werklijsten", description = "Werkgevers die aandacht vragen")
public class WerklijstResource {

    private static final ZoneId NL = TimeSource.ZONE;

    private final WerkgeverRepository werkgevers;
    private final AdviseurRepository adviseurs;
    private final Clock clock;
    private final Toegang toegang;

    WerklijstResource(WerkgeverRepository werkgevers, AdviseurRepository adviseurs, Clock clock, Toegang toegang) {
        this.werkgevers = werkgevers;
        this.adviseurs = adviseurs;
        this.clock = clock;
        this.toegang = toegang;
    }

    @GET
    @Path("/bezoeken")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.WERKLIJST)
    @Operation(operationId = "leesBezoeklijst", summary = "Bezoeklijst: werkgevers met meer dan 25 werknemers, 12 maanden niet bezocht",
            description = "Per accountmanager (op naam; werkgevers zonder accountmanager achteraan), daarbinnen eerst wie nooit "
                    + "bezocht is, dan wie het langst geleden; cursorpaginering (`cursor`, `limiet` tot 200).")
    public Pagina<TeBezoekenWerkgever> bezoeken(
            @QueryParam("accountmanagerId") @Parameter(description = "Alleen de werkgevers van deze accountmanager (een adviseur-id)") UUID accountmanagerId,
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        LocalDate grens = LocalDate.now(clock.withZone(NL)).minusMonths(12);
        Map<UUID, String> namen = new HashMap<>();
        List<TeBezoekenWerkgever> rijen = werkgevers.nietBezochtSinds(grens, accountmanagerId, toegang.regio()).stream()
                .map(t -> TeBezoekenWerkgever.van(t, t.accountmanagerId() == null ? null : namen.computeIfAbsent(t.accountmanagerId(),
                        am -> adviseurs.findByIdOptional(am).map(Adviseur::naam).orElse("")), grens))
                .toList();
        return Pagina.uit(rijen, cursor, Cursor.limiet(limiet), WerklijstResource::sleutel);
    }

    /** Account manager by name (none last), then never visited first, then longest ago, then name. */
    private static String sleutel(TeBezoekenWerkgever w) {
        return Cursor.sleutel(w.accountmanagerId() == null ? "1" : "0", w.accountmanagerNaam() == null ? "" : w.accountmanagerNaam(),
                w.accountmanagerId() == null ? "" : w.accountmanagerId().toString(),
                w.laatsteBezoek() == null ? "0" : "1" + w.laatsteBezoek(), w.naam(), w.werkgeverId().toString());
    }
}
