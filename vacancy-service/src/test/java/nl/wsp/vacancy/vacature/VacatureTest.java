package nl.wsp.vacancy.vacature;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vacancy's life, without Quarkus: each behaviour returns the event and transition it caused. */
class VacatureTest {

    static final Instant T = Instant.parse("2026-11-23T08:30:00Z");

    static Vacature open(int posities) {
        VacatureInhoud inhoud = new VacatureInhoud("Schoonmaker", "http://data.europa.eu/esco/occupation/x", List.of(), List.of(),
                24, posities, "Soest", Contractvorm.VAST, null, LocalDate.parse("2026-12-31"), Opleidingsniveau.GEEN,
                true, false, null, null, null);
        return Vacature.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "gemeente-soest", "Amersfoort", "schoonmaak",
                inhoud, T, Duration.ofHours(24));
    }

    @Test
    void openen_zet_de_deadline_op_het_einde_van_de_termijn() {
        Vacature v = open(1);
        Gebeurtenis geopend = v.geopend("adviseur");
        assertThat(v.eigenBestandTot()).isEqualTo(T.plus(Duration.ofHours(24)));
        assertThat(geopend.type()).isEqualTo(VacatureGeopend.TYPE);
        assertThat(((VacatureGeopend) geopend.data()).vacature().eigenBestandTot()).isEqualTo(v.eigenBestandTot());
        assertThat(geopend.overgang().orElseThrow().naar()).isEqualTo(VacatureStatus.OPEN);
    }

    @Test
    void breed_uitzetten_kan_alleen_vanuit_open_en_legt_vast_wanneer_en_waarom() {
        Vacature v = open(1);
        Gebeurtenis g = v.zetBreedUit(T.plus(Duration.ofHours(24)), "systeem", VacatureBreedUitgezet.TERMIJN_VERSTREKEN);
        VacatureBreedUitgezet data = (VacatureBreedUitgezet) g.data();
        assertThat(data.breedUitgezetOp()).isEqualTo(T.plus(Duration.ofHours(24)));
        assertThat(data.reden()).isEqualTo("termijn-verstreken");
        assertThat(g.overgang().orElseThrow().van()).isEqualTo(VacatureStatus.OPEN);
        assertThat(v.kanBreedUitgezet()).isFalse();
        assertThatThrownBy(() -> v.zetBreedUit(T, "systeem", VacatureBreedUitgezet.HANDMATIG)).isInstanceOf(Vacature.NietOpen.class)
                .hasFieldOrPropertyWithValue("code", "vacature-niet-open");
    }

    @Test
    void de_laatste_positie_sluit_de_vacature_en_annuleert_het_breed_uitzetten() {
        Vacature v = open(2);
        assertThat(v.vulPositie(T, "p1")).isEmpty();
        Gebeurtenis vervuld = v.vulPositie(T, "p2").orElseThrow();
        assertThat(vervuld.type()).isEqualTo(VacatureVervuld.TYPE);
        assertThat(v.status()).isEqualTo(VacatureStatus.VERVULD);
        assertThat(v.kanBreedUitgezet()).isFalse();
        assertThat(v.vulPositie(T, "p3")).isEmpty();
        assertThat(v.aantalVervuld()).isEqualTo(2);
    }

    @Test
    void in_de_termijn_ziet_alleen_de_eigen_partner_de_vacature() {
        Vacature v = open(1);
        assertThat(v.zichtbaarVoorPartner("gemeente-soest")).isTrue();
        assertThat(v.zichtbaarVoorPartner("uwv-amersfoort")).isFalse();
        assertThat(v.zichtbaarVoorPartner(null)).isFalse();
        v.zetBreedUit(T, "a", VacatureBreedUitgezet.HANDMATIG);
        assertThat(v.zichtbaarVoorPartner("uwv-amersfoort")).isTrue();
    }

    @Test
    void een_ingetrokken_vacature_verandert_niet_meer() {
        Vacature v = open(1);
        v.trekIn(T, "a", "vervalt");
        assertThatThrownBy(() -> v.trekIn(T, "a", "nogmaals")).isInstanceOf(Vacature.Gesloten.class)
                .hasFieldOrPropertyWithValue("code", "vacature-gesloten");
        assertThat(v.vulPositie(T, "p")).isEmpty();
        assertThat(v.kanBreedUitgezet()).isFalse();
    }

    @Test
    void verlopen_na_de_sluitingsdatum_in_nederlandse_tijd() {
        Vacature v = open(1);
        assertThat(v.isVerlopen(Instant.parse("2026-12-31T22:59:00Z"))).isFalse();
        assertThat(v.isVerlopen(Instant.parse("2026-12-31T23:00:00Z"))).isTrue();
    }
}
