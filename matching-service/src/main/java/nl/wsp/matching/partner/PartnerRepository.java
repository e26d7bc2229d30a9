package nl.wsp.matching.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The partners as this service knows them (ADR 0026: loaded and saved through a Panache repository). */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** Whether account-service published a partner with this code, active or not. */
    public boolean bekend(String code) {
        return count("code", code) > 0;
    }

    /** Whether the partner with this code is known and active in its region. */
    public boolean actief(String code) {
        return count("code = ?1 and actief", code) > 0;
    }

    /** Where the candidates of the partner with this code may live ({@link Partner#woongemeentenVanKandidaten}); empty: anywhere. */
    public Set<String> woongemeentenVanKandidaten(String code) {
        return find("code", code).firstResultOptional().map(Partner::woongemeentenVanKandidaten).orElse(Set.of());
    }

    /** The region of the partner with this code; empty for an unknown partner. */
    public Optional<String> regioVan(String code) {
        return getEntityManager().createQuery("select p.regio from Partner p where p.code = :code", String.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }
}
