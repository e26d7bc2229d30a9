package nl.wsp.matching.kandidaat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A job-ready candidate as stored, owned by one partner. {@code leeftijdsband} (optional, docs/adr/0043) is beside the
 * profile, not in it: only the owning partner and the candidate's right of access see it.
 */
public record Kandidaat(UUID id, String partner, String referentie, String status, String redenIntrekking,
                        String woongemeente, List<String> doelgroepen, Profiel profiel,
                        Persoonsgegevens persoonsgegevens, int volledigheid, List<String> ontbrekendeVelden,
                        Instant aangemaaktOp, Instant gewijzigdOp, String leeftijdsband) {

    public static final String BESCHIKBAAR = "beschikbaar";
    public static final String INGETROKKEN = "ingetrokken";
    public static final String GEWIST = "gewist";

    public boolean isVan(String partnerCode) {
        return partner.equals(partnerCode);
    }

    /** Withdrawn by its partner: no longer proposed for vacancies. Withdrawing twice keeps the first reason. */
    public Kandidaat trekIn(String reden, Instant nu) {
        if (INGETROKKEN.equals(status)) {
            return this;
        }
        if (!Codes.REDENEN_INTREKKING.contains(reden)) {
            throw new IllegalArgumentException("unknown withdrawal reason");
        }
        return new Kandidaat(id, partner, referentie, INGETROKKEN, reden, woongemeente, doelgroepen, profiel,
                persoonsgegevens, volledigheid, ontbrekendeVelden, aangemaaktOp, nu, leeftijdsband);
    }

    /**
     * Erased: only the id remains, and the event that tells the other services to drop what they hold on it; the rows
     * kept for counting go by a new random id from now on.
     */
    public KandidaatGewistV1 wis(Instant nu) {
        return new KandidaatGewistV1(id, nu, UUID.randomUUID());
    }
}
