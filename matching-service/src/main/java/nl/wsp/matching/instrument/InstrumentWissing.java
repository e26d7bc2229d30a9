package nl.wsp.matching.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches instrument deployments in the same transaction: the free-text reason of the decision
 * goes, from the deployment and from every line of its append-only history (the one change the history allows besides
 * retention, V170); amount, kind, status and dates stay for the paying partner's accounts, under the erasure's new
 * random id instead of the erased one.
 */
@ApplicationScoped
class InstrumentWissing {

    private final InzetStapRepository stappen;
    private final InstrumentInzetRepository inzetten;

    InstrumentWissing(InzetStapRepository stappen, InstrumentInzetRepository inzetten) {
        this.stappen = stappen;
        this.inzetten = inzetten;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        stappen.wisRedenenVan(gewist.kandidaatId());
        inzetten.wisKandidaat(gewist.kandidaatId(), gewist.vervangendeId());
    }
}
