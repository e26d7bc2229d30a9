package nl.wsp.reporting.indicatordoel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.indicatordoel.api.IndicatordoelInvoer;
import nl.wsp.reporting.indicatordoel.api.SectorplanInvoer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sets indicator targets (docs/adr/0039): one, or a sector's whole plan at once (all or nothing: a plan replaces the
 * sector's targets of that year). One target per region, year, indicator and sector: a second one is a 409.
 * Nothing is published: the targets stay in reporting, which also counts their realisation.
 */
@ApplicationScoped
public class StelIndicatordoelenVast {

    private final IndicatordoelRegels regels;
    private final IndicatordoelRepository repository;
    private final Indicatordoelslot slot;
    private final Clock clock;

    StelIndicatordoelenVast(IndicatordoelRegels regels, IndicatordoelRepository repository, Indicatordoelslot slot, Clock clock) {
        this.regels = regels;
        this.repository = repository;
        this.slot = slot;
        this.clock = clock;
    }

    @Transactional
    public Indicatordoel stelVast(IndicatordoelInvoer in) {
        Indicatordoel d = regels.normaliseer(UUID.randomUUID(), in.regio(), in.jaar(), in.indicator(), in.sector(), in.doel(),
                in.toelichting(), "", clock.instant());
        slot.vergrendel(d.regio(), d.jaar());
        weigerDubbel(d);
        repository.persist(d);
        return d;
    }

    @Transactional
    public Indicatordoel wijzig(UUID id, IndicatordoelInvoer in) {
        Indicatordoel d = repository.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Indicatordoel " + id));
        Indicatordoel nieuw = regels.normaliseer(id, in.regio(), in.jaar(), in.indicator(), in.sector(), in.doel(),
                in.toelichting(), "", clock.instant());
        slot.vergrendel(nieuw.regio(), nieuw.jaar());
        weigerDubbel(nieuw);
        d.wijzig(nieuw);
        return d;
    }

    @Transactional
    public void verwijder(UUID id) {
        repository.delete(repository.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Indicatordoel " + id)));
    }

    /** Replaces the plan of {@code sector} in the region and year by these lines; every line is checked before any change. */
    @Transactional
    public List<Indicatordoel> stelSectorplanVast(String sector, SectorplanInvoer in) {
        regels.regioEnJaar(in.regio(), in.jaar());
        regels.sector(in.regio(), sector, "sector");
        List<Indicatordoel> nieuw = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < in.indicatoren().size(); i++) {
            SectorplanInvoer.Planregel regel = in.indicatoren().get(i);
            String veld = "indicatoren[" + i + "].";
            Indicatordoel d = regels.normaliseer(UUID.randomUUID(), in.regio(), in.jaar(), regel.indicator(), sector, regel.doel(),
                    in.toelichting(), veld, clock.instant());
            if (!gezien.add(d.indicator())) {
                throw ApiProblem.invalid(veld + "indicator", "staat al eerder in het plan");
            }
            nieuw.add(d);
        }
        slot.vergrendel(in.regio(), in.jaar());
        repository.vanSector(in.regio(), in.jaar(), sector).forEach(repository::delete);
        repository.flush();
        nieuw.forEach(repository::persist);
        return nieuw;
    }

    private void weigerDubbel(Indicatordoel d) {
        repository.zelfdeSleutel(d).ifPresent(bestaand -> {
            throw ApiProblem.conflict("indicatordoel-bestaat",
                    "Er is al een doel voor " + d.indicator() + " in " + d.regio() + " " + d.jaar()
                            + (d.sector() == null ? "" : " (sector " + d.sector() + ")"),
                    Map.of("bestaandIndicatordoel", "/api/v1/indicatordoelen/" + bestaand.id()));
        });
    }
}
