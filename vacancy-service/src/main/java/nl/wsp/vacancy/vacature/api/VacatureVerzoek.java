package nl.wsp.vacancy.vacature.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.referentie.Arbeidsmarktregios;
import nl.wsp.vacancy.vacature.Contractvorm;
import nl.wsp.vacancy.vacature.Opleidingsniveau;
import nl.wsp.vacancy.vacature.VacatureInhoud;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A vacancy as the account manager writes it (create and full update). ESCO fields are concept URIs. */
public record VacatureVerzoek(
        @NotNull UUID werkgeverId,
        @NotBlank @Size(max = 200) String titel,
        @NotBlank @Size(max = 200) String escoBeroep,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> vereisteVaardigheden,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> gewensteVaardigheden,
        @NotNull @Min(1) @Max(60) Integer urenPerWeek,
        @NotNull @Min(1) @Max(500) Integer aantalPosities,
        @NotBlank @Size(max = 100) String werklocatieGemeente,
        @NotNull Contractvorm contractvorm,
        LocalDate startdatum,
        LocalDate sluitingsdatum,
        Opleidingsniveau opleidingsniveau,
        Boolean geschiktVoorBanenafspraak,
        Boolean rijbewijsVereist,
        @Size(max = 10_000) String omschrijving) {

    public VacatureInhoud inhoud() {
        return new VacatureInhoud(titel.strip(), escoBeroep.strip(), lijst(vereisteVaardigheden), lijst(gewensteVaardigheden),
                urenPerWeek, aantalPosities, gemeente(werklocatieGemeente), contractvorm, startdatum, sluitingsdatum,
                opleidingsniveau, Boolean.TRUE.equals(geschiktVoorBanenafspraak), Boolean.TRUE.equals(rijbewijsVereist),
                omschrijving);
    }

    /** The municipality as CBS spells it ("laren" → "Laren (NH.)"); an unknown name stays, for InhoudControle to refuse. */
    private static String gemeente(String naam) {
        return Arbeidsmarktregios.gemeente(naam).map(Arbeidsmarktregios.Gemeente::naam).orElse(naam.strip());
    }

    private static List<String> lijst(List<String> uris) {
        return uris == null ? List.of() : uris.stream().map(String::strip).toList();
    }
}
