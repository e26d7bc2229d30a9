package nl.wsp.matching.matchen.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.matching.matchen.regels.Geschiktheid;

import nl.wsp.platform.logboek.Betrokkene;

import java.util.List;
import java.util.UUID;

/** Reverse match: the open vacancies a candidate may be proposed for, best first, each score explained. */
public record VacatureMatchAntwoord(@Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @Betrokkene UUID kandidaatId, @Schema(examples = "17") int openVacatures, List<VacatureMatch> resultaten) {

    public record VacatureMatch(@Schema(examples = "1") int rang, @Schema(examples = "4b7e2c91-5d3a-4f6e-8a1b-2c9d0e7f6a53") UUID vacatureId, @Nullable String titel, @Nullable String werklocatieGemeente, @Schema(examples = "0.76") double geschiktheid,
                                @Nullable List<Geschiktheid.Factor> factoren, @Nullable List<String> gematchteVaardigheden,
                                @Nullable List<String> ontbrekendeVaardigheden) {
    }
}
