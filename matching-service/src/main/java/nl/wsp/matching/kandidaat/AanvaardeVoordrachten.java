package nl.wsp.matching.kandidaat;

import java.util.UUID;

/**
 * The disclosure hook: while an employer has invited (or hired) the candidate on a proposal made by an adviser of
 * {@code partner}, that partner's advisers see name and contact details, so they can arrange the interview
 * (docs/adr/0047-disclosure-to-the-proposing-partner-at-invitation.md). A rejection ends it. Life-domain notes stay
 * with the owner. Until proposals exist, {@link GeenAanvaardeVoordrachten} answers no.
 */
public interface AanvaardeVoordrachten {

    boolean isUitgenodigdOfAangenomen(UUID kandidaatId, String partner);
}
