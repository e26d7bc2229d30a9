package nl.wsp.account.contactverzoek;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Compliance with the 24-hour rule over the requests received in a period. Requests whose deadline has not passed
 * and that are unanswered are not yet decided and stay out of the share.
 */
public record Naleving(@Schema(examples = "2026-10-01") LocalDate van, @Schema(examples = "2026-11-01") LocalDate tot, @Schema(examples = "42") int ontvangen,
                       @Schema(examples = "35") int binnenTermijnBeantwoord, @Schema(examples = "3") int teLaatBeantwoord,
                       @Schema(examples = "2") int onbeantwoordTermijnVerstreken, @Schema(examples = "2") int nogBinnenTermijn,
                       @Schema(examples = "87.5") @jakarta.annotation.Nullable BigDecimal percentageBinnenTermijn) {

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
