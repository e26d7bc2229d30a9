package nl.wsp.vacancy.vacature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
        @Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @NotNull UUID werkgeverId,
        @Schema(examples = "Metselaar nieuwbouw") @NotBlank @Size(max = 200) String titel,
        @Schema(examples = "http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7") @NotBlank @Size(max = 200) String escoBeroep,
        @Schema(examples = "[\"http://data.europa.eu/esco/skill/110d7aa3-e44e-4cce-a927-8d4de615f3d9\"]") @Size(max = 50) List<@NotBlank @Size(max = 200) String> vereisteVaardigheden,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> gewensteVaardigheden,
        @Schema(examples = "38") @NotNull @Min(1) @Max(60) Integer urenPerWeek,
        @Schema(examples = "2") @NotNull @Min(1) @Max(500) Integer aantalPosities,
        @Schema(examples = "Soest") @NotBlank @Size(max = 100) String werklocatieGemeente,
        @Schema(examples = "vast") @NotNull Contractvorm contractvorm,
        LocalDate startdatum,
        LocalDate sluitingsdatum,
        Opleidingsniveau opleidingsniveau,
        Boolean geschiktVoorBanenafspraak,
        Boolean rijbewijsVereist,
        @Size(max = 10_000) String omschrijving,
        @Schema(examples = "8e1f4a2b-6c3d-4b9e-a7f5-0d2c1b3a4e96", description = "Het werkgeversevenement waar de vacature is opgehaald (account-service), van de regio van de werkgever; weglaten als ze niet van een evenement komt") UUID evenementId,
        @Schema(examples = "6a2c9e1f-4b7d-4e3a-9c8b-1d0f2e3a4b57", description = "De social-returnverplichting (account-service) van dezelfde werkgever waar de vacature op levert; weglaten als ze dat niet doet") UUID sroiVerplichtingId) {

    public VacatureInhoud inhoud() {
        return new VacatureInhoud(titel.strip(), escoBeroep.strip(), lijst(vereisteVaardigheden), lijst(gewensteVaardigheden),
                urenPerWeek, aantalPosities, gemeente(werklocatieGemeente), contractvorm, startdatum, sluitingsdatum,
                opleidingsniveau, Boolean.TRUE.equals(geschiktVoorBanenafspraak), Boolean.TRUE.equals(rijbewijsVereist),
                omschrijving, evenementId, sroiVerplichtingId);
    }

    /** The municipality as CBS spells it ("laren" → "Laren (NH.)"); an unknown name stays, for InhoudControle to refuse. */
    private static String gemeente(String naam) {
        return Arbeidsmarktregios.gemeente(naam).map(Arbeidsmarktregios.Gemeente::naam).orElse(naam.strip());
    }

    private static List<String> lijst(List<String> uris) {
        return uris == null ? List.of() : uris.stream().map(String::strip).toList();
    }
}
