package nl.wsp.platform.logging;

import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class AfsluitruisTest {

    private final Afsluitruis filter = new Afsluitruis();

    @AfterEach
    void terug() {
        Afsluitruis.zetAfgesloten(false);
    }

    private static LogRecord commitWaarschuwing(Throwable oorzaak) {
        LogRecord record = new LogRecord(Level.WARNING, "SRMSG18252: Failed to commit %s, it will be re-attempted");
        record.setThrown(oorzaak);
        return record;
    }

    @Test
    void een_mislukte_commit_terwijl_de_dienst_draait_blijft_zichtbaar() {
        assertThat(filter.isLoggable(commitWaarschuwing(new WakeupException()))).isTrue();
        assertThat(filter.isLoggable(commitWaarschuwing(null))).isTrue();
    }

    @Test
    void na_het_afsluiten_valt_alleen_de_gewekte_commit_weg() {
        Afsluitruis.zetAfgesloten(true);

        assertThat(filter.isLoggable(commitWaarschuwing(new WakeupException()))).isFalse();
        assertThat(filter.isLoggable(commitWaarschuwing(new IllegalStateException("wrapped", new WakeupException())))).isFalse();
        assertThat(filter.isLoggable(commitWaarschuwing(null))).isFalse();
        assertThat(filter.isLoggable(commitWaarschuwing(new IllegalStateException("broker weg")))).isTrue();
    }

    @Test
    void na_het_afsluiten_valt_de_poll_op_een_gesloten_consumer_weg_en_een_echte_pollfout_niet() {
        LogRecord gesloten = new LogRecord(Level.WARNING, "SRMSG18285: Failed to poll consumer client `%s` for channel `%s`, it will be re-attempted");
        gesloten.setThrown(new IllegalStateException("This consumer has already been closed."));
        LogRecord geweigerd = new LogRecord(Level.WARNING, gesloten.getMessage());
        geweigerd.setThrown(new java.util.concurrent.RejectedExecutionException("executor terminated"));
        LogRecord echt = new LogRecord(Level.WARNING, gesloten.getMessage());
        echt.setThrown(new org.apache.kafka.common.errors.TimeoutException("broker weg"));

        assertThat(filter.isLoggable(gesloten)).isTrue();
        Afsluitruis.zetAfgesloten(true);
        assertThat(filter.isLoggable(gesloten)).isFalse();
        assertThat(filter.isLoggable(geweigerd)).isFalse();
        assertThat(filter.isLoggable(echt)).isTrue();
    }

    @Test
    void andere_meldingen_blijven_ook_na_het_afsluiten() {
        Afsluitruis.zetAfgesloten(true);

        assertThat(filter.isLoggable(new LogRecord(Level.WARNING, "SRMSG18228: A failure has been reported"))).isTrue();
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING, null))).isTrue();
    }
}
