package nl.wsp.account.evenement;

import nl.wsp.platform.problem.Regelovertreding;

import java.time.LocalDate;
import java.util.Map;

/** An event's attendance is recorded once it took place: before its date it is {@code 409 evenement-niet-gehouden}. */
public class EvenementNietGehouden extends Regelovertreding {

    EvenementNietGehouden(LocalDate datum) {
        super("evenement-niet-gehouden", "Het evenement is op " + datum
                + " en heeft nog niet plaatsgevonden: de aanwezigheid wordt daarna vastgelegd", Map.of("datum", datum.toString()));
    }
}
