package nl.wsp.account.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.beller.Beller;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;

/**
 * Use case: a region's beheerder (claim {@code regio}) or the national beheerder deactivates a partner of the region, or
 * activates it again. The change, its record (who, when, old and new) and the event commit in one transaction; asking
 * for what already holds changes nothing and records nothing. Another region's partner is a 404, as one that does not exist.
 */
@ApplicationScoped
public class WijzigPartnerStatus {

    private final PartnerRepository partners;
    private final Outbox outbox;
    private final Beller beller;
    private final Clock clock;

    WijzigPartnerStatus(PartnerRepository partners, Outbox outbox, Beller beller, Clock clock) {
        this.partners = partners;
        this.outbox = outbox;
        this.beller = beller;
        this.clock = clock;
    }

    @Transactional
    public Partner deactiveer(String code) {
        Partner partner = zichtbaar(code);
        Instant nu = clock.instant();
        partner.deactiveer(nu).ifPresent(event -> {
            leg(partner, true, nu);
            outbox.append(PartnerGedeactiveerd.TOPIC, PartnerGedeactiveerd.TYPE, partner.id().toString(), event);
        });
        return partner;
    }

    @Transactional
    public Partner activeer(String code) {
        Partner partner = zichtbaar(code);
        Instant nu = clock.instant();
        partner.activeer(nu).ifPresent(event -> {
            leg(partner, false, nu);
            outbox.append(PartnerGeactiveerd.TOPIC, PartnerGeactiveerd.TYPE, partner.id().toString(), event);
        });
        return partner;
    }

    /** The partner, locked for this change; 404 when it does not exist or lies outside the caller's region. */
    Partner zichtbaar(String code) {
        return partners.findByCode(code).filter(p -> beller.ziet(p.regio()))
                .map(p -> partners.getEntityManager().find(Partner.class, p.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ApiProblem.notFound("Partner " + code));
    }

    private void leg(Partner partner, boolean oudActief, Instant nu) {
        String rol = beller.regio().map(r -> "beheerder regio " + r).orElse("beheerder landelijk");
        partners.getEntityManager().persist(new PartnerStatusWijziging(partner, oudActief, beller.wie(), rol, nu));
    }
}
