package nl.wsp.reporting.periodedoel;

import nl.wsp.reporting.realisatie.Voortgang;

import java.time.LocalDate;

/**
 * The month and quarter targets of a yearly target (ADR 0037): linear by days, by the same rule as the realisation
 * report's "expected so far" ({@link Voortgang#verwachtTotNu}). A period's target is what is expected by its last day
 * minus what was expected by the day before it starts, each rounded half-even: so the cumulative target at the end of
 * every month is exactly the yearly report's {@code verwachtTotNu} on that day, the twelve months add up to the yearly
 * target, and a quarter's target is the sum of its three months. Nothing is stored: a changed yearly target changes its
 * periods at once.
 */
public final class Periodedoelen {

    private Periodedoelen() {
    }

    /** The cumulative target from 1 January up to and including this day of the target's year. */
    public static int cumulatiefTot(int jaardoel, int jaar, LocalDate totEnMet) {
        return Voortgang.verwachtTotNu(jaardoel, jaar, totEnMet);
    }

    /** The target of the period [van, tot) within the target's year ({@code tot} exclusive). */
    public static int doel(int jaardoel, int jaar, LocalDate van, LocalDate tot) {
        // 31 December of the year before expects nothing of this year's target: no special case for January
        return cumulatiefTot(jaardoel, jaar, tot.minusDays(1)) - cumulatiefTot(jaardoel, jaar, van.minusDays(1));
    }

    /** The twelve month targets of a yearly target; they add up to it. */
    public static int[] perMaand(int jaardoel, int jaar) {
        int[] doelen = new int[12];
        for (int m = 1; m <= 12; m++) {
            LocalDate van = LocalDate.of(jaar, m, 1);
            doelen[m - 1] = doel(jaardoel, jaar, van, van.plusMonths(1));
        }
        return doelen;
    }

    /** The four quarter targets: each the sum of its three months. */
    public static int[] perKwartaal(int jaardoel, int jaar) {
        int[] doelen = new int[4];
        for (int k = 1; k <= 4; k++) {
            LocalDate van = LocalDate.of(jaar, (k - 1) * 3 + 1, 1);
            doelen[k - 1] = doel(jaardoel, jaar, van, van.plusMonths(3));
        }
        return doelen;
    }
}
