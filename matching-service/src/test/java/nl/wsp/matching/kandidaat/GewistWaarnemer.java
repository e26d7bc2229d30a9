package nl.wsp.matching.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for a module of this service that must forget an erased candidate. */
@ApplicationScoped
public class GewistWaarnemer {

    private final Set<UUID> gewist = ConcurrentHashMap.newKeySet();

    /** A method, not the field: the test holds a client proxy. */
    Set<UUID> gewist() {
        return Set.copyOf(gewist);
    }

    void op(@Observes KandidaatGewistV1 event) {
        gewist.add(event.kandidaatId());
    }
}
