package nl.wsp.reporting.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import nl.wsp.referentie.Arbeidsmarktregios;

import java.util.List;
import java.util.UUID;

/** The partners as reporting knows them (ADR 0026: loaded and saved through a Panache repository). */
@ApplicationScoped
public class PartnerRegioRepository implements PanacheRepositoryBase<PartnerRegio, UUID> {

    /** A partner of the region as account-service's partner events told this service. */
    public boolean isPartnerVan(String code, String regio) {
        return count("code = ?1 and regio = ?2", code, regio) > 0;
    }

    /**
     * ADR 0041: the other partners a placement of this partner's candidate who lives in {@code woongemeente} counts for.
     * When the partner is the executing organisation of that municipality, it is the municipality's own partner in the
     * partner's region (a partner of kind gemeente whose name names it, "Gemeente Waalwijk"); else none. A handful of
     * partners per region: filtered here.
     */
    public List<String> telenOokVoor(String partner, String woongemeente) {
        PartnerRegio uitvoerder = find("code", partner).firstResult();
        if (uitvoerder == null || woongemeente == null || !uitvoerder.uitvoerendVoor().contains(woongemeente)) {
            return List.of();
        }
        return list("regio = ?1 and soort = 'gemeente' and code <> ?2", uitvoerder.regio(), partner).stream()
                .filter(p -> Arbeidsmarktregios.gemeenteVanOrganisatie(p.naam()).map(g -> g.naam().equals(woongemeente)).orElse(false))
                .map(PartnerRegio::code).toList();
    }

    /** A partner with a limited role (docs/adr/0042): its users see no report. */
    public boolean isBeperkt(String code) {
        return find("code", code).firstResultOptional().map(PartnerRegio::beperkt).orElse(false);
    }
}
