package nl.wsp.account.contactverzoek;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Compliance with the 24-hour rule over the requests received in a period. Requests whose deadline has not passed
 * and that are unanswered are not yet decided and stay out of the share.
 */
public record Naleving(LocalDate van, LocalDate tot, int ontvangen, int binnenTermijnBeantwoord, int teLaatBeantwoord,
                       int onbeantwoordTermijnVerstreken, int nogBinnenTermijn, @jakarta.annotation.Nullable BigDecimal percentageBinnenTermijn) {

    public static Naleving over(LocalDate van, LocalDate tot, Collection<Contactverzoek> verzoeken, Instant nu) {
        int binnen = 0;
        int laat = 0;
        int verstreken = 0;
        int lopend = 0;
        for (Contactverzoek v : verzoeken) {
            if (v.beantwoord()) {
                if (Boolean.TRUE.equals(v.binnenTermijn())) {
                    binnen++;
                } else {
                    laat++;
                }
            } else if (v.teLaat(nu)) {
                verstreken++;
            } else {
                lopend++;
            }
        }
        int beslist = binnen + laat + verstreken;
        BigDecimal pct = beslist == 0 ? null
                : BigDecimal.valueOf(binnen * 100L).divide(BigDecimal.valueOf(beslist), 1, RoundingMode.HALF_UP);
        return new Naleving(van, tot, verzoeken.size(), binnen, laat, verstreken, lopend, pct);
    }
}
