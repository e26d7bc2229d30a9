package nl.wsp.vacancy.vacature;

import java.util.Optional;

/**
 * What a change to a vacancy produced: the event to publish (type and data) and, for a status change, the transition
 * to record. Returned by {@link Vacature}'s behaviour, so a plain unit test can assert it.
 */
public record Gebeurtenis(String type, Object data, Optional<VacatureOvergang> overgang) {

    static Gebeurtenis zonderOvergang(String type, Object data) {
        return new Gebeurtenis(type, data, Optional.empty());
    }

    static Gebeurtenis met(String type, Object data, VacatureOvergang overgang) {
        return new Gebeurtenis(type, data, Optional.of(overgang));
    }
}
