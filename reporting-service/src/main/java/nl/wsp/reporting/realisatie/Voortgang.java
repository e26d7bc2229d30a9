package nl.wsp.reporting.realisatie;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Where a yearly target should be by a given day: evenly over the year; a year past expects all, a year to come none. */
public final class Voortgang {

    private Voortgang() {
    }

    public static int verwachtTotNu(int doel, int jaar, LocalDate vandaag) {
        if (vandaag.getYear() > jaar) {
            return doel;
        }
        if (vandaag.getYear() < jaar) {
            return 0;
        }
        return BigDecimal.valueOf((long) doel * vandaag.getDayOfYear())
                .divide(BigDecimal.valueOf(vandaag.lengthOfYear()), 0, RoundingMode.HALF_EVEN).intValueExact();
    }

    /** Realised as a percentage of the target, one decimal; null when there is no target to measure against. */
    public static BigDecimal percentage(long teller, long noemer) {
        if (noemer == 0) {
            return null;
        }
        return BigDecimal.valueOf(teller * 100).divide(BigDecimal.valueOf(noemer), 1, RoundingMode.HALF_UP);
    }
}
