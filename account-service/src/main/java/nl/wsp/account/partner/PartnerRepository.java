package nl.wsp.account.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public Optional<Partner> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Partner> inRegio(String regio) {
        return regio == null ? list("order by regio, naam") : list("regio = ?1 order by naam", regio);
    }

    /** The recorded changes of whether a partner is active, oldest first (a handful per partner: read whole). */
    public List<PartnerStatusWijziging> statuswijzigingen(String code) {
        return getEntityManager().createQuery(
                        "select w from PartnerStatusWijziging w where w.partnerCode = :code order by w.gewijzigdOp, w.id",
                        PartnerStatusWijziging.class)
                .setParameter("code", code).getResultList();
    }
}
