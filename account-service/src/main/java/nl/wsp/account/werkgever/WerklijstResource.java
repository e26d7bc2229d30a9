package nl.wsp.account.werkgever;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.account.werkgever.api.Bezoeklijst;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    @Operation(operationId = "leesBezoeklijst", summary = "Bezoeklijst per accountmanager: werkgevers met meer dan 25 werknemers, 12 maanden niet bezocht")
    public List<Bezoeklijst> bezoeken(@QueryParam("accountmanagerId") String accountmanager) {
        UUID accountmanagerId = nl.wsp.account.platform.Params.uuid("accountmanagerId", accountmanager);
        LocalDate grens = LocalDate.now(clock.withZone(NL)).minusMonths(12);
        Map<UUID, List<WerkgeverRepository.TeBezoeken>> perAm = new LinkedHashMap<>();
        for (WerkgeverRepository.TeBezoeken t : werkgevers.nietBezochtSinds(grens, accountmanagerId, toegang.regio())) {
            perAm.computeIfAbsent(t.accountmanagerId(), k -> new ArrayList<>()).add(t);
        }
        List<Bezoeklijst> lijsten = new ArrayList<>();
        perAm.forEach((am, lijst) -> lijsten.add(new Bezoeklijst(am,
                am == null ? null : adviseurs.findByIdOptional(am).map(Adviseur::naam).orElse(null), grens, lijst)));
        lijsten.sort((a, b) -> Objects.compare(a.accountmanagerNaam(), b.accountmanagerNaam(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return lijsten;
    }
}
