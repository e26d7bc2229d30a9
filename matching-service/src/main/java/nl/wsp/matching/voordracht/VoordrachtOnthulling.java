package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.kandidaat.AanvaardeVoordrachten;

import java.util.UUID;

/**
 * The disclosure hook of the candidate intake: an employer invited or hired the candidate on a proposal made by an
 * adviser of this partner (ADR 0047: the proposing partner arranges the interview). Only that partner, only for that
 * candidate, and only while the proposal is not rejected.
 */
@ApplicationScoped
public class VoordrachtOnthulling implements AanvaardeVoordrachten {

    private final VoordrachtRepository voordrachten;

    VoordrachtOnthulling(VoordrachtRepository voordrachten) {
        this.voordrachten = voordrachten;
    }

    @Override
    public boolean isUitgenodigdOfAangenomen(UUID kandidaatId, String partner) {
        return voordrachten.isUitgenodigdOfAangenomen(kandidaatId, partner);
    }
}
