package nl.wsp.reporting.schadelast;

import nl.wsp.referentie.Bijstandsnormen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The estimate of ADR 0038: a placement from social assistance ({@code bijstand}, without a work disability flag or
 * with it) saves the net monthly norm for a single person in force at its start ({@link Bijstandsnormen}) for every
 * whole month it lasts, at most 12. Other target groups get no estimate: their benefit depends on the person's former
 * wage (WW, WIA) or there is none (NUG), and reporting knows neither.
 */
public final class Schadelastbeperking {

    public static final int MAXIMUM_MAANDEN = 12;
    public static final String BIJSTAND = "bijstand";

    private Schadelastbeperking() {
    }

    /** The whole months from start to end, at most 12 (an end before the start is 0). */
    public static int maanden(LocalDate start, LocalDate einde) {
        return (int) Math.max(0, Math.min(MAXIMUM_MAANDEN, ChronoUnit.MONTHS.between(start, einde)));
    }

    /**
     * The whole months a placement of this start month that has not ended has lasted by the reference day, counted from
     * the last day of its start month (the day itself is not kept): never more than it really lasted; at most 12.
     */
    public static int maandenLopend(LocalDate startmaand, LocalDate peildatum) {
        LocalDate laatsteDag = startmaand.plusMonths(1).minusDays(1);
        return maanden(laatsteDag, peildatum);
    }

    /** Whether the main target group has an estimate. */
    public static boolean geschat(String hoofddoelgroep) {
        return BIJSTAND.equals(hoofddoelgroep);
    }

    /** The norm per month for placements that started in this month: the one in force on its first day. */
    public static Optional<BigDecimal> normVoor(LocalDate startmaand) {
        return Bijstandsnormen.op(startmaand).map(Bijstandsnormen.Norm::nettoPerMaand);
    }

    /** Months × norm, in euros with cents. */
    public static BigDecimal bedrag(long maanden, BigDecimal normPerMaand) {
        return normPerMaand.multiply(BigDecimal.valueOf(maanden)).setScale(2, RoundingMode.HALF_UP);
    }
}
