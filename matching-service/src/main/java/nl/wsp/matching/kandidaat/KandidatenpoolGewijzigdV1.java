package nl.wsp.matching.kandidaat;

import java.time.Instant;
import java.util.List;

/**
 * nl.werkgeversdienstverlening.kandidatenpools.gewijzigd.v1 (topic wsp.matching.kandidatenpools, keyed by the partner
 * code; docs/adr/0043): the whole pool of one partner's available candidates as counts, after every change to it. A later
 * event replaces an earlier one. No id, no profile: per cell the municipality of residence, the target-group codes (sorted),
 * the age band ({@code null}: not sent) and how many candidates have exactly that combination.
 */
public record KandidatenpoolGewijzigdV1(String partner, String regio, int totaal, List<Cel> cellen, Instant peilmoment) {

    public static final String TOPIC = "wsp.matching.kandidatenpools";
    public static final String TYPE = "nl.werkgeversdienstverlening.kandidatenpools.gewijzigd.v1";

    public record Cel(String gemeente, List<String> doelgroepen, String leeftijdsband, int aantal) {
    }
}
