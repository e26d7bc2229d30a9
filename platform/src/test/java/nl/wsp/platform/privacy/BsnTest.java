package nl.wsp.platform.privacy;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BsnTest {

    private static final String[] SCHEIDINGEN = {" ", ".", "-", ":", "/", "_"};

    @Test
    void een_gegenereerd_nummer_dat_de_elfproef_doorstaat_is_een_bsn() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            String bsn = BsnGenerator.nieuw(random);
            assertThat(Bsn.elfproef(bsn)).isTrue();
            assertThat(Bsn.komtVoorIn(bsn)).as(bsn).isTrue();
        }
    }

    @Test
    void een_cijfer_anders_doorstaat_de_elfproef_niet() {
        Random random = new Random(11);
        for (int i = 0; i < 1000; i++) {
            String bsn = BsnGenerator.nieuw(random);
            int plek = random.nextInt(9);
            char anders = (char) ('0' + (bsn.charAt(plek) - '0' + 1 + random.nextInt(9)) % 10);
            String mis = bsn.substring(0, plek) + anders + bsn.substring(plek + 1);
            assertThat(Bsn.komtVoorIn(mis)).as("one digit changed in %s: %s", bsn, mis).isFalse();
        }
    }

    @Test
    void met_letters_ervoor_en_erna_en_scheidingstekens_ertussen_blijft_het_een_bsn() {
        Random random = new Random(13);
        for (int i = 0; i < 300; i++) {
            String bsn = BsnGenerator.nieuw(random);
            String s = SCHEIDINGEN[random.nextInt(SCHEIDINGEN.length)];
            assertThat(Bsn.komtVoorIn("BSN" + bsn)).isTrue();
            assertThat(Bsn.komtVoorIn("GA-" + bsn)).isTrue();
            assertThat(Bsn.komtVoorIn("GA:" + bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6))).isTrue();
            assertThat(Bsn.komtVoorIn(BsnGenerator.metPunten(bsn))).isTrue();
            assertThat(Bsn.komtVoorIn(bsn.substring(0, 3) + s + bsn.substring(3, 6) + s + bsn.substring(6))).isTrue();
            assertThat(Bsn.komtVoorIn("Klant belde, bsn is " + bsn + "x, graag terugbellen")).isTrue();
        }
    }

    @Test
    void acht_of_tien_cijfers_zijn_geen_bsn() {
        Random random = new Random(17);
        for (int i = 0; i < 300; i++) {
            String bsn = BsnGenerator.nieuw(random);
            assertThat(Bsn.komtVoorIn(bsn.substring(1))).as("8 digits").isFalse();
            assertThat(Bsn.komtVoorIn(bsn.substring(0, 8))).as("8 digits").isFalse();
            assertThat(Bsn.komtVoorIn(bsn + random.nextInt(10))).as("10 digits").isFalse();
            assertThat(Bsn.komtVoorIn(random.nextInt(10) + bsn)).as("10 digits").isFalse();
            assertThat(Bsn.komtVoorIn("1-" + bsn)).as("10 digits with a separator").isFalse();
        }
    }

    @Test
    void twee_scheidingstekens_achter_elkaar_breken_de_reeks() {
        assertThat(Bsn.komtVoorIn("111222333")).isTrue();
        assertThat(Bsn.komtVoorIn("111  222333")).isFalse();
        assertThat(Bsn.komtVoorIn("111, 222, 333")).isFalse();
    }

    @Test
    void nullen_en_gewone_tekst_zijn_geen_bsn() {
        assertThat(Bsn.komtVoorIn("000000000")).isFalse();
        assertThat(Bsn.komtVoorIn(null)).isFalse();
        assertThat(Bsn.komtVoorIn("")).isFalse();
        assertThat(Bsn.komtVoorIn("Schuldhulpverlening loopt sinds 2026-03-01, bel 06-12345678")).isFalse();
        assertThat(Bsn.komtVoorIn("KvK 12345678")).isFalse();
    }

    @Test
    void een_uuid_als_geheel_wordt_niet_doorzocht() {
        String bsn = BsnGenerator.nieuw(new Random(19));
        assertThat(Bsn.komtVoorIn(UUID.fromString("0a" + bsn.substring(0, 6) + "-" + bsn.substring(6) + "a-4000-8000-000000000000").toString()))
                .isFalse();
        Random random = new Random(23);
        for (int i = 0; i < 100_000; i++) {
            String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
            assertThat(Bsn.komtVoorIn(uuid)).isFalse();
            assertThat(Bsn.komtVoorIn("http://data.europa.eu/esco/occupation/" + uuid)).isFalse();
            assertThat(Bsn.komtVoorIn("REF-" + uuid + "-REF")).isFalse();
        }
    }

    @Test
    void naast_een_uuid_wordt_wel_gezocht() {
        String bsn = BsnGenerator.nieuw(new Random(37));
        String uuid = UUID.randomUUID().toString();
        assertThat(Bsn.komtVoorIn(uuid + " BSN " + bsn)).isTrue();
        assertThat(Bsn.komtVoorIn(bsn + "/" + uuid)).as("the run ends where the UUID begins").isTrue();
        assertThat(Bsn.komtVoorIn("GA-" + bsn + " " + uuid + " " + uuid)).isTrue();
    }

    @Test
    void in_een_lange_tekst_zonder_uuid_wordt_even_streng_gezocht_als_in_een_korte() {
        Random random = new Random(41);
        String lang = "Verslag van het gesprek met de werkgever over de vacature, ";
        for (int i = 0; i < 300; i++) {
            String bsn = BsnGenerator.nieuw(random);
            String scheiding = SCHEIDINGEN[random.nextInt(SCHEIDINGEN.length)];
            int plek = 1 + random.nextInt(8);
            String gescheiden = bsn.substring(0, plek) + scheiding + bsn.substring(plek);
            assertThat(Bsn.komtVoorIn(lang + "nummer " + gescheiden + " genoemd")).as(gescheiden).isTrue();
            assertThat(Bsn.komtVoorIn(lang + "nummer " + bsn.substring(0, plek) + scheiding + scheiding + bsn.substring(plek)))
                    .as("two separators break the run in a long text too").isFalse();
        }
        assertThat(Bsn.komtVoorIn(lang + "telefoon 033-1234567, postcode 3811 AB, 12345678 eindigt hier")).isFalse();
    }
}
