package nl.wsp.reporting.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The partners as reporting knows them (ADR 0026: loaded and saved through a Panache repository). */
@ApplicationScoped
public class PartnerRegioRepository implements PanacheRepositoryBase<PartnerRegio, UUID> {

    /** A partner of the region as account-service's partner events told this service. */
    public boolean isPartnerVan(String code, String regio) {
        return count("code = ?1 and regio = ?2", code, regio) > 0;
    }

    /** A partner with a limited role (docs/adr/0042): its users see no report. */
    public boolean isBeperkt(String code) {
        return find("code", code).firstResultOptional().map(PartnerRegio::beperkt).orElse(false);
    }
}
