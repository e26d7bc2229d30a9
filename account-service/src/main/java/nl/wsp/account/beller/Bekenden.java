package nl.wsp.account.beller;

import java.util.Optional;
import java.util.UUID;

/**
 * What {@link Beller} must know of the partners and advisers this service has registered. A port, so that the
 * caller's resolution depends on no aggregate package while every resource of those packages depends on it.
 */
public interface Bekenden {

    /**
     * The region of a registered partner that is active there; empty when the code names no partner this service knows
     * or one its region's beheerder deactivated.
     */
    Optional<String> regioVanActievePartner(String partnerCode);

    /**
     * Whether the partner works with the WSP in a limited role (a re-integration company, a private intermediary;
     * docs/adr/0042): its users reach only the operations marked {@link OokVoorBeperktePartner}.
     */
    boolean isBeperktePartner(String partnerCode);

    /** Whether {@code adviseurId} is an adviser registered with that partner, in that region. */
    boolean isAdviseurVan(UUID adviseurId, String partnerCode, String regio);
}
