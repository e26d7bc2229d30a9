package nl.wsp.matching.matchen.api;

import nl.wsp.matching.matchen.regels.Geschiktheid;

import nl.wsp.platform.logboek.Betrokkene;

import java.util.List;
import java.util.UUID;

/** Reverse match: the open vacancies a candidate may be proposed for, best first, each score explained. */
public record VacatureMatchAntwoord(@Betrokkene UUID kandidaatId, int openVacatures, List<VacatureMatch> resultaten) {

    public record VacatureMatch(int rang, UUID vacatureId, String titel, String werklocatieGemeente, double geschiktheid,
                                List<Geschiktheid.Factor> factoren, List<String> gematchteVaardigheden,
                                List<String> ontbrekendeVaardigheden) {
    }
}
