package nl.wsp.reporting.doelstelling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A target: how many placements (or Banenafspraak jobs) a region wants in a year, for a partner or a group of its
 * municipalities, for one kind and target group.
 */
public record Doelstelling(UUID id, String regio, int jaar, String soort, String doelgroep, String partner,
                           List<String> gemeenten, int aantal, String toelichting, Instant gewijzigdOp) {

    public static final String PLAATSINGEN = "plaatsingen";
    public static final String BANENAFSPRAAK_MARKT = "banenafspraak-markt";
    public static final String BANENAFSPRAAK_OVERHEID = "banenafspraak-overheid";
    public static final List<String> SOORTEN = List.of(PLAATSINGEN, BANENAFSPRAAK_MARKT, BANENAFSPRAAK_OVERHEID);

    public boolean isBanenafspraak() {
        return !PLAATSINGEN.equals(soort);
    }

    public Doelstelling metId(UUID nieuwId, Instant op) {
        return new Doelstelling(nieuwId, regio, jaar, soort, doelgroep, partner, gemeenten, aantal, toelichting, op);
    }
}
