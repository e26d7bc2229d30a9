package nl.wsp.matching.matchen;

import nl.wsp.matching.matchen.regels.Kandidaatprofiel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What matching needs to know of candidates: their matching profiles, without name, contact details or life-domain
 * notes. Matching owns this port and the candidate package implements it ({@code OpgeslagenKandidaatprofielen}), so
 * the packages depend one way: {@code kandidaat → matchen → matchen.regels}.
 */
public interface Kandidaatprofielen {

    /** Available candidates who can work at least {@code minimaalUren} a week and, if asked, hold a driving licence. */
    List<Kandidaatprofiel> beschikbaar(int minimaalUren, boolean rijbewijsVereist);

    /** The matching profiles of the given candidates that are still available (any order). */
    List<Kandidaatprofiel> van(List<UUID> ids);

    /** One available candidate's matching profile. */
    Optional<Kandidaatprofiel> van(UUID id);
}
