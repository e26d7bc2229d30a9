package nl.wsp.matching.matchen;

import nl.wsp.matching.matchen.regels.Kandidaatprofiel;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HardeFiltersTest {

    static Vacatureprofiel vacature(String gemeente, int uren, boolean rijbewijs) {
        return new Vacatureprofiel("beroep", "8344", Set.of(), Set.of(), uren, gemeente, rijbewijs, "geen", "gemeente-amersfoort");
    }

    static Kandidaatprofiel kandidaat(String partner, String woont, int uren, boolean rijbewijs, Integer km, Set<String> gemeenten) {
        return new Kandidaatprofiel(UUID.randomUUID(), partner, woont, Set.of(), Set.of(), Set.of(), Map.of(), "mbo-2",
                uren, rijbewijs, km, gemeenten, Set.of(), Set.of());
    }

    @Test
    void tijdens_de_eigen_bestandsfase_telt_alleen_het_bestand_van_de_accountmanager() {
        Kandidaatprofiel vanUwv = kandidaat("uwv-amersfoort", "Amersfoort", 40, true, 10, Set.of());
        Kandidaatprofiel vanGemeente = kandidaat("gemeente-amersfoort", "Amersfoort", 40, true, 10, Set.of());

        assertThat(HardeFilters.afwijzing(vacature("Amersfoort", 32, false), vanUwv, true)).get().asString().startsWith("eigen-bestand");
        assertThat(HardeFilters.afwijzing(vacature("Amersfoort", 32, false), vanGemeente, true)).isEmpty();
        assertThat(HardeFilters.afwijzing(vacature("Amersfoort", 32, false), vanUwv, false)).isEmpty();
    }

    @Test
    void uren_en_rijbewijs_zijn_harde_eisen() {
        assertThat(HardeFilters.afwijzing(vacature("Amersfoort", 32, false), kandidaat("p", "Amersfoort", 24, true, 10, Set.of()), false))
                .get().asString().startsWith("uren");
        assertThat(HardeFilters.afwijzing(vacature("Amersfoort", 32, true), kandidaat("p", "Amersfoort", 40, false, 10, Set.of()), false))
                .get().asString().startsWith("rijbewijs");
    }

    @Test
    void de_werklocatie_moet_binnen_de_mobiliteit_van_de_kandidaat_liggen() {
        Kandidaatprofiel leusdenaar = kandidaat("p", "Leusden", 40, false, 10, Set.of());
        assertThat(HardeFilters.afwijzing(vacature("Amersfoort", 32, false), leusdenaar, false)).isEmpty();
        assertThat(HardeFilters.afwijzing(vacature("Tilburg", 32, false), leusdenaar, false)).get().asString().startsWith("mobiliteit");

        Kandidaatprofiel metGemeentelijst = kandidaat("p", "Leusden", 40, false, null, Set.of("Tilburg"));
        assertThat(HardeFilters.afwijzing(vacature("Tilburg", 32, false), metGemeentelijst, false)).isEmpty();
    }

    @Test
    void afstanden_tussen_gemeenten_kloppen_ongeveer() {
        // between the municipalities' centroids (data/referentie/arbeidsmarktregios.csv), not their town halls
        assertThat(Gemeentekaart.afstandKm("Amersfoort", "Leusden").getAsDouble()).isBetween(4.0, 8.0);
        assertThat(Gemeentekaart.afstandKm("Amersfoort", "Zwolle").getAsDouble()).isBetween(55.0, 75.0);
        assertThat(Gemeentekaart.afstandKm("Amersfoort", "Tilburg").getAsDouble()).isBetween(65.0, 85.0);
        assertThat(Gemeentekaart.afstandKm("Amersfoort", "Atlantis")).isEmpty();
    }
}
