package nl.wsp.reporting.team;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reporting-service applies the frame's processing-log migrations as its own V271_31 (docs/adr/0033: its databases ran
 * later versions already, and Flyway refuses an older one). This holds the copy to the frame's two files, so the table
 * the frame's {@code Verwerkingslogboek} writes is the same here as in every other service.
 */
class VerwerkingslogboekKopieTest {

    @Test
    void de_migratie_van_het_verwerkingslogboek_is_letterlijk_die_van_het_frame() throws IOException {
        String kopie = lees("db/migration/V271_31__verwerkingslogboek.sql");
        String kop = "-- EINDE-KOP\n";
        assertThat(kopie).contains(kop);
        String frame = lees("db/platform/logboek/V60_5__verwerkingslogboek.sql")
                + lees("db/platform/logboek/V170_5__verwerkingslogboek_mislukte_verwerking.sql");
        assertThat(kopie.substring(kopie.indexOf(kop) + kop.length())).isEqualTo(frame);
    }

    private static String lees(String pad) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(pad)) {
            assertThat(in).as(pad).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
