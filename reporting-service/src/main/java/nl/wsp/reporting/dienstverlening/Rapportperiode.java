package nl.wsp.reporting.dienstverlening;

import nl.wsp.platform.problem.ApiProblem;

import java.time.LocalDate;

/** A reporting period as the realisation reports read it (realisatie.Periode; kept apart so the packages stay acyclic; the network report reads it too): a year, a quarter or a month. {@code tot} is exclusive. */
public record Rapportperiode(LocalDate van, LocalDate tot) {

    public static Rapportperiode van(Integer jaar, Integer kwartaal, Integer maand) {
        if (jaar == null) {
            throw ApiProblem.invalid("jaar", "verplicht");
        }
        if (jaar < 2000 || jaar > 2100) {
            throw ApiProblem.invalid("jaar", "een jaar van 2000 tot en met 2100");
        }
        if (kwartaal != null && maand != null) {
            throw ApiProblem.invalid("maand", "kies een kwartaal of een maand, niet beide");
        }
        if (kwartaal != null) {
            if (kwartaal < 1 || kwartaal > 4) {
                throw ApiProblem.invalid("kwartaal", "1 tot en met 4");
            }
            LocalDate van = LocalDate.of(jaar, (kwartaal - 1) * 3 + 1, 1);
            return new Rapportperiode(van, van.plusMonths(3));
        }
        if (maand != null) {
            if (maand < 1 || maand > 12) {
                throw ApiProblem.invalid("maand", "1 tot en met 12");
            }
            LocalDate van = LocalDate.of(jaar, maand, 1);
            return new Rapportperiode(van, van.plusMonths(1));
        }
        return new Rapportperiode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1));
    }
}
