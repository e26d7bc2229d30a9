package nl.wsp.matching.matchen.api;

import jakarta.annotation.Nullable;

import nl.wsp.matching.matchen.regels.Geschiktheid;

import nl.wsp.platform.logboek.Betrokkene;

import java.util.List;
import java.util.UUID;

/** Reverse match: the open vacancies a candidate may be proposed for, best first, each score explained. */
public record VacatureMatchAntwoord(@Betrokkene UUID kandidaatId, int openVacatures, List<VacatureMatch> resultaten) {

    public record VacatureMatch(int rang, UUID vacatureId, @Nullable String titel, @Nullable String werklocatieGemeente, double geschiktheid,
                                @Nullable List<Geschiktheid.Factor> factoren, @Nullable List<String> gematchteVaardigheden,
                                @Nullable List<String> ontbrekendeVaardigheden) {
    }
}
