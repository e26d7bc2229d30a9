package nl.wsp.matching.kandidaat;

import java.util.UUID;

/**
 * The disclosure hook (issue 6): once an employer accepted a proposal of this candidate made by an adviser of
 * {@code partner}, that partner's advisers see name and contact details. Life-domain notes stay with the owner.
 * Until proposals exist, {@link GeenAanvaardeVoordrachten} answers no.
 */
public interface AanvaardeVoordrachten {

    boolean isAanvaard(UUID kandidaatId, String partner);
}
