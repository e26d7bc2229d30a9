package nl.wsp.reporting.periode;

import nl.wsp.platform.problem.ApiProblem;

import java.time.LocalDate;

/**
 * A reporting period: a year, a quarter of it or a month of it. {@code tot} is exclusive. The realisation, service
 * and network reports all read it. The ranges of year, quarter and month are checked on the request (the resources'
 * {@code @Min}/{@code @Max}, which stand in the OpenAPI document too); only what no single parameter can say is
 * checked here.
 */
public record Periode(LocalDate van, LocalDate tot) {

    public static Periode van(int jaar, Integer kwartaal, Integer maand) {
        if (kwartaal != null && maand != null) {
            throw ApiProblem.invalid("maand", "kies een kwartaal of een maand, niet beide");
        }
        if (kwartaal != null) {
            LocalDate van = LocalDate.of(jaar, (kwartaal - 1) * 3 + 1, 1);
            return new Periode(van, van.plusMonths(3));
        }
        if (maand != null) {
            LocalDate van = LocalDate.of(jaar, maand, 1);
            return new Periode(van, van.plusMonths(1));
        }
        return new Periode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1));
    }

    /** The whole calendar year. */
    public static Periode jaar(int jaar) {
        return van(jaar, null, null);
    }
}
