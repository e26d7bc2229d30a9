package nl.wsp.matching.voordracht;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The employer's outcomes follow each other sensibly; a decided proposal stays decided. */
class VoordrachtOvergangTest {

    static final Instant NU = Instant.parse("2031-05-01T09:00:00Z");

    private static Voordracht voordracht() {
        return Voordracht.doe(UUID.randomUUID(), "gemeente-amersfoort", UUID.randomUUID(), "gemeente-soest",
                "gemeente-nijkerk", "adviseur@gemeente-nijkerk", NU);
    }

    @Test
    void voorgedragen_uitgenodigd_aangenomen_geeft_telkens_het_event_met_de_uitkomst() {
        Voordracht v = voordracht();
        assertThat(VoordrachtEvents.VoordrachtV1.van(v).uitkomst()).isNull();
        assertThat(v.registreerUitkomst(Voordracht.Status.UITGENODIGD, null, null, "w", NU).uitkomst()).isEqualTo("uitgenodigd");
        VoordrachtEvents.VoordrachtV1 event = v.registreerUitkomst(Voordracht.Status.AANGENOMEN, null, null, "w", NU);
        assertThat(event.uitkomst()).isEqualTo("aangenomen");
        assertThat(event.partner()).isEqualTo("gemeente-nijkerk");
        assertThat(v.isAangenomen()).isTrue();
    }

    @Test
    void een_afwijzing_draagt_haar_reden_en_is_definitief() {
        Voordracht v = voordracht();
        VoordrachtEvents.VoordrachtV1 event = v.registreerUitkomst(Voordracht.Status.AFGEWEZEN, "onvoldoende-ervaring", null, "w", NU);
        assertThat(event.reden()).isEqualTo("onvoldoende-ervaring");
        assertThatThrownBy(() -> v.registreerUitkomst(Voordracht.Status.AANGENOMEN, null, null, "w", NU))
                .isInstanceOf(Voordracht.OngeldigeOvergang.class);
        assertThatThrownBy(() -> v.registreerUitkomst(Voordracht.Status.UITGENODIGD, null, null, "w", NU))
                .isInstanceOf(Voordracht.OngeldigeOvergang.class);
    }

    @Test
    void aangenomen_kan_niet_meer_afgewezen_of_opnieuw_uitgenodigd_worden() {
        Voordracht v = voordracht();
        v.registreerUitkomst(Voordracht.Status.AANGENOMEN, null, null, "w", NU);
        assertThatThrownBy(() -> v.registreerUitkomst(Voordracht.Status.AFGEWEZEN, "overig", null, "w", NU))
                .isInstanceOf(Voordracht.OngeldigeOvergang.class);
        assertThatThrownBy(() -> v.registreerUitkomst(Voordracht.Status.UITGENODIGD, null, null, "w", NU))
                .isInstanceOf(Voordracht.OngeldigeOvergang.class);
        assertThatThrownBy(() -> v.registreerUitkomst(Voordracht.Status.AANGENOMEN, null, null, "w", NU))
                .isInstanceOf(Voordracht.OngeldigeOvergang.class);
    }

    @Test
    void tweemaal_uitnodigen_is_geen_overgang() {
        Voordracht v = voordracht();
        v.registreerUitkomst(Voordracht.Status.UITGENODIGD, null, null, "w", NU);
        assertThatThrownBy(() -> v.registreerUitkomst(Voordracht.Status.UITGENODIGD, null, null, "w", NU))
                .isInstanceOf(Voordracht.OngeldigeOvergang.class);
    }
}
