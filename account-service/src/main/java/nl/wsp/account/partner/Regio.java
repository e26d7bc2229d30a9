package nl.wsp.account.partner;

import java.util.Set;

/** The labour-market regions this deployment knows (shared/data/regions.csv). */
final class Regio {

    static final Set<String> BEKEND = Set.of("Amersfoort", "Gooi en Vechtstreek", "Midden-Limburg", "Midden-Brabant");

    private Regio() {
    }
}
