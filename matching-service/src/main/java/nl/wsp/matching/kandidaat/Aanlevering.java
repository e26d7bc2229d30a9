package nl.wsp.matching.kandidaat;

import nl.wsp.matching.kandidaat.api.KandidaatInvoer;

import java.util.List;

/**
 * One pushed candidate that passed every check, ready to store: ESCO resolved, completeness and hash computed.
 * {@code hash} covers what is stored (equal: nothing to write); {@code aanleverhash} the item as it was sent
 * ({@link Aanleverhash}: equal next time, nothing to check). {@code leeftijdsband} (optional, docs/adr/0043) is stored
 * beside the profile, not in it: no adviser sees it and the ranking cannot use it.
 */
public record Aanlevering(int index, String referentie, String woongemeente, List<String> doelgroepen, Profiel profiel,
                          Persoonsgegevens persoonsgegevens, List<KandidaatInvoer.Leefgebied> leefgebieden,
                          Volledigheid volledigheid, String hash, String aanleverhash, Json json, String leeftijdsband) {

    /** The stored JSON of the profile, the personal data and the notes, serialised once (hash and row share it). */
    public record Json(String profiel, String persoonsgegevens, String leefgebieden) {
    }
}
