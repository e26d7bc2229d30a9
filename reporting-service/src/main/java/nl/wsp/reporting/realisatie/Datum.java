package nl.wsp.reporting.realisatie;

import nl.wsp.platform.time.TimeSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Dates in events are ISO dates or instants; reports count by the Dutch calendar day. */
final class Datum {

    private Datum() {
    }

    static LocalDate dag(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("field " + veld + " is missing");
        }
        try {
            if (waarde.length() == 10) {
                return LocalDate.parse(waarde);
            }
            return OffsetDateTime.parse(waarde).atZoneSameInstant(TimeSource.ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(waarde).atZone(TimeSource.ZONE).toLocalDate();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("field " + veld + " is not a date: " + waarde);
            }
        }
    }

    static LocalDate maand(LocalDate dag) {
        return dag.withDayOfMonth(1);
    }
}
