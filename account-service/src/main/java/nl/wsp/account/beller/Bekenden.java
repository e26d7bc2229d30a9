package nl.wsp.account.beller;

import java.util.Optional;
import java.util.UUID;

/**
 * What {@link Beller} must know of the partners and advisers this service has registered. A port, so that the
 * caller's resolution depends on no aggregate package while every resource of those packages depends on it.
 */
public interface Bekenden {

    /**
     * A registered partner that is active in its region, with that region and whether it works with the WSP in a limited
     * role; empty when the code names no partner this service knows or one its region's beheerder deactivated. One
     * look-up per request.
     */
    Optional<ActievePartner> actievePartner(String partnerCode);

    /**
     * {@code beperkt}: a re-integration company or private intermediary (docs/adr/0042), whose users reach only the
     * operations marked {@link OokVoorBeperktePartner}.
     */
    record ActievePartner(String regio, boolean beperkt) {
    }

    /** Whether {@code adviseurId} is an adviser registered with that partner, in that region. */
    boolean isAdviseurVan(UUID adviseurId, String partnerCode, String regio);
}
