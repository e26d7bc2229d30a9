package nl.wsp.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimeSourceTest {

    @Test
    void de_kalender_is_die_van_amsterdam_en_niet_die_van_utc() {
        assertThat(TimeSource.ZONE.getId()).isEqualTo("Europe/Amsterdam");
        // winter time: UTC+1, so the new year starts at 23:00 UTC
        assertThat(TimeSource.datum(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TimeSource.datum(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void vandaag_volgt_de_klok_in_de_zone_van_de_regio() {
        // summer time: UTC+2
        Clock klok = Clock.fixed(Instant.parse("2026-06-30T22:30:00Z"), java.time.ZoneOffset.UTC);
        assertThat(TimeSource.vandaag(klok)).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
