package nl.wsp.vacancy.vacature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.platform.logboek.Betrokkene;
import nl.wsp.vacancy.privacy.Verwerkingen;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.vacancy.vacature.Contractvorm;
import nl.wsp.vacancy.vacature.Opleidingsniveau;
import nl.wsp.vacancy.vacature.Vacature;
import nl.wsp.vacancy.vacature.VacatureStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A vacancy as the API shows it; {@code overgangen} (the status history) only on the single-vacancy read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VacatureWeergave(@Schema(examples = "9d1c4e7a-2b3f-4a8e-8c6d-5f0a1b2c3d4e") UUID id, @Schema(examples = "open") VacatureStatus status,
                               @Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId,
                               @Nullable @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID accountmanagerId,
                               @Nullable String accountmanagerPartner, @Schema(examples = "Amersfoort") String regio, @Nullable String sector, @Schema(examples = "Metselaar nieuwbouw") String titel, @Nullable String escoBeroep,
                               @Nullable List<String> vereisteVaardigheden, @Nullable List<String> gewensteVaardigheden, @Schema(examples = "38") int urenPerWeek,
                               @Schema(examples = "2") int aantalPosities, @Schema(examples = "0") int aantalVervuld, @Nullable String werklocatieGemeente, @Nullable Contractvorm contractvorm,
                               @Nullable LocalDate startdatum, @Nullable LocalDate sluitingsdatum, @Nullable Opleidingsniveau opleidingsniveau,
                               @Schema(examples = "false") boolean geschiktVoorBanenafspraak, @Schema(examples = "true") boolean rijbewijsVereist, @Nullable String omschrijving,
                               Instant geopendOp, @Nullable Instant eigenBestandTot, @Nullable Instant breedUitgezetOp, @Nullable Instant geslotenOp,
                               @Nullable List<OvergangWeergave> overgangen,
                               @Schema(examples = "8e1f4a2b-6c3d-4b9e-a7f5-0d2c1b3a4e96") @Nullable UUID evenementId,
                               @Schema(examples = "6a2c9e1f-4b7d-4e3a-9c8b-1d0f2e3a4b57") @Nullable UUID sroiVerplichtingId) {

    public static VacatureWeergave van(Vacature v, List<OvergangWeergave> overgangen) {
        return new VacatureWeergave(v.id(), v.status(), v.werkgeverId(), v.accountmanagerId(), v.accountmanagerPartner(), v.regio(),
                v.sector(), v.titel(), v.escoBeroep(), v.vereisteVaardigheden(), v.gewensteVaardigheden(),
                v.urenPerWeek(), v.aantalPosities(), v.aantalVervuld(), v.werklocatieGemeente(), Contractvorm.van(v.contractvorm()),
                v.startdatum(), v.sluitingsdatum(), v.opleidingsniveau() == null ? null : Opleidingsniveau.van(v.opleidingsniveau()),
                v.geschiktVoorBanenafspraak(), v.rijbewijsVereist(), v.omschrijving(), v.geopendOp(), v.eigenBestandTot(),
                v.breedUitgezetOp(), v.geslotenOp(), overgangen, v.evenementId(), v.sroiVerplichtingId());
    }
}
