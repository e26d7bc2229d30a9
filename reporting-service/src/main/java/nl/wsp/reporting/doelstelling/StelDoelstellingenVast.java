package nl.wsp.reporting.doelstelling;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.reporting.doelstelling.api.DoelstellingInvoer;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sets targets: one from the API, or many from an import or a derivation, all or nothing. A target that overlaps an
 * existing one (same region, year, kind, target group and a municipality or partner in common) is refused with 409.
 */
@ApplicationScoped
public class StelDoelstellingenVast {

    /** One target to set, with the prefix its fields are named by in a refusal. */
    public record Regel(String veld, DoelstellingInvoer invoer) {
    }

    private final DoelstellingRegels regels;
    private final DoelstellingRepository repository;
    private final Doelstellingslot slot;
    private final Event<DoelstellingenGewijzigd> gewijzigd;
    private final Event<DoelstellingGewijzigd> doelGewijzigd;
    private final Clock clock;

    StelDoelstellingenVast(DoelstellingRegels regels, DoelstellingRepository repository, Doelstellingslot slot,
                          Event<DoelstellingenGewijzigd> gewijzigd, Event<DoelstellingGewijzigd> doelGewijzigd, Clock clock) {
        this.regels = regels;
        this.repository = repository;
        this.slot = slot;
        this.gewijzigd = gewijzigd;
        this.doelGewijzigd = doelGewijzigd;
        this.clock = clock;
    }

    @Transactional
    public List<Doelstelling> stelVast(List<Regel> invoer) {
        List<Doelstelling> nieuw = new ArrayList<>();
        for (Regel regel : invoer) {
            nieuw.add(regels.normaliseer(UUID.randomUUID(), regel.invoer(), regel.veld(), clock.instant()));
        }
        Set<String> partnerJaren = new LinkedHashSet<>();
        for (Doelstelling d : nieuw) {
            slot.vergrendel(d.regio(), d.jaar());
            weigerOverlap(d);
            repository.persist(d);
            doelGewijzigd.fire(new DoelstellingGewijzigd(d, false));
            if (d.partner() != null) {
                partnerJaren.add(d.partner() + "|" + d.regio() + "|" + d.jaar());
            }
        }
        for (String pj : partnerJaren) {
            String[] delen = pj.split("\\|");
            gewijzigd.fire(new DoelstellingenGewijzigd(delen[0], delen[1], Integer.parseInt(delen[2])));
        }
        return nieuw;
    }

    @Transactional
    public Doelstelling wijzig(UUID id, DoelstellingInvoer invoer) {
        Doelstelling doelstelling = repository.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Doelstelling " + id));
        Doelstelling oud = doelstelling.kopie();
        Doelstelling nieuw = regels.normaliseer(id, invoer, "", clock.instant());
        slot.vergrendel(nieuw.regio(), nieuw.jaar());
        weigerOverlap(nieuw);
        doelstelling.wijzig(nieuw);
        if (!nieuw.soort().equals(oud.soort())) {
            doelGewijzigd.fire(new DoelstellingGewijzigd(oud, true)); // no longer a target of its old kind
        }
        doelGewijzigd.fire(new DoelstellingGewijzigd(nieuw, false));
        werkPartnerStatusBij(oud);
        if (nieuw.partner() != null && !(nieuw.partner().equals(oud.partner()) && nieuw.jaar() == oud.jaar())) {
            gewijzigd.fire(new DoelstellingenGewijzigd(nieuw.partner(), nieuw.regio(), nieuw.jaar()));
        }
        return nieuw;
    }

    @Transactional
    public void verwijder(UUID id) {
        Doelstelling oud = repository.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Doelstelling " + id));
        repository.delete(oud);
        doelGewijzigd.fire(new DoelstellingGewijzigd(oud, true));
        werkPartnerStatusBij(oud);
    }

    private void werkPartnerStatusBij(Doelstelling d) {
        if (d.partner() != null) {
            gewijzigd.fire(new DoelstellingenGewijzigd(d.partner(), d.regio(), d.jaar()));
        }
    }

    private void weigerOverlap(Doelstelling d) {
        repository.overlappend(d).ifPresent(bestaand -> {
            throw ApiProblem.conflict("doelstelling-overlapt",
                    "Er is al een doelstelling voor " + d.regio() + " " + d.jaar() + " (" + d.soort() + ", " + bestaand.doelgroep()
                            + ") die dezelfde " + (d.partner() != null ? "partner" : "gemeente(n)") + " dekt",
                    Map.of("bestaandeDoelstelling", "/api/v1/doelstellingen/" + bestaand.id()));
        });
    }
}
