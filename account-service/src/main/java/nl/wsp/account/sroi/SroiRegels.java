package nl.wsp.account.sroi;

import nl.wsp.platform.problem.ApiProblem;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The input rules of an obligation (docs/adr/0032), each a 400 naming its field; checked before anything changes. */
final class SroiRegels {

    /** Euros, at most two decimals, more than zero and below a milliard (source 001's whole programme is 0,9 million). */
    static final BigDecimal MAXIMUM = new BigDecimal("999999999.99");
    static final LocalDate VROEGST = LocalDate.of(2000, 1, 1);
    static final LocalDate LAATST = LocalDate.of(2100, 12, 31);

    private SroiRegels() {
    }

    static String aanbesteding(String aanbesteding) {
        String a = aanbesteding == null ? "" : aanbesteding.strip();
        if (a.isEmpty()) {
            throw ApiProblem.invalid("aanbesteding", "verplicht: de aanbesteding of het contract waar de verplichting uit komt");
        }
        return a;
    }

    static BigDecimal bedrag(BigDecimal bedrag) {
        if (bedrag.signum() <= 0) {
            throw ApiProblem.invalid("bedrag", "een positief bedrag in euro's");
        }
        if (bedrag.stripTrailingZeros().scale() > 2) {
            throw ApiProblem.invalid("bedrag", "in euro's met hoogstens twee decimalen (centen)");
        }
        if (bedrag.compareTo(MAXIMUM) > 0) {
            throw ApiProblem.invalid("bedrag", "hoogstens " + MAXIMUM);
        }
        return bedrag.setScale(2);
    }

    static void periode(LocalDate van, LocalDate tot) {
        if (van.isBefore(VROEGST) || van.isAfter(LAATST)) {
            throw ApiProblem.invalid("periodeVan", "een datum van " + VROEGST + " tot en met " + LAATST);
        }
        if (tot.isAfter(LAATST)) {
            throw ApiProblem.invalid("periodeTot", "een datum tot en met " + LAATST);
        }
        if (tot.isBefore(van)) {
            throw ApiProblem.invalid("periodeTot", "ligt vóór periodeVan (" + van + ")");
        }
    }
}
