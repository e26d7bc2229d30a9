package nl.wsp.matching.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.util.Optional;

/**
 * The known municipalities: the 342 of the 35 labour-market regions (data/referentie/arbeidsmarktregios.csv), by
 * name in any case or without an unambiguous province suffix ("Laren" is "Laren (NH.)").
 */
@ApplicationScoped
public class Gemeenten {

    /** The municipality's name as CBS spells it, for a name written in any case. */
    public Optional<String> zoek(String naam) {
        return Arbeidsmarktregios.gemeente(naam).map(Arbeidsmarktregios.Gemeente::naam);
    }
}
