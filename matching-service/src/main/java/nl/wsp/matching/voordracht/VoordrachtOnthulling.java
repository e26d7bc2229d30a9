package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.kandidaat.AanvaardeVoordrachten;

import java.util.UUID;

/**
 * The disclosure hook of the candidate intake: an employer accepted (hired on) a proposal of this candidate made by
 * an adviser of this partner. Only that partner, only for that candidate.
 */
@ApplicationScoped
public class VoordrachtOnthulling implements AanvaardeVoordrachten {

    private final VoordrachtRepository voordrachten;

    VoordrachtOnthulling(VoordrachtRepository voordrachten) {
        this.voordrachten = voordrachten;
    }

    @Override
    public boolean isAanvaard(UUID kandidaatId, String partner) {
        return voordrachten.isAangenomen(kandidaatId, partner);
    }
}
