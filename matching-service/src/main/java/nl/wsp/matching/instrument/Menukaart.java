package nl.wsp.matching.instrument;

import java.util.List;

/**
 * A region's menu as a request meets it: no lines, no regional rule (the partner's catalogue governs); lines, and a kind
 * is offered only on its line and within its limits (seed 004: the menu "die de inzet van middelen voor iedere gemeente
 * gelijk maakt"). What falls outside needs the MT's recorded exception ("het managementteam gemandateerd om af te wijken").
 */
record Menukaart(String regio, List<Menukaartregel> regels) {

    static Menukaart geen() {
        return new Menukaart(null, List.of());
    }

    /** Why a request falls outside this menu (the field and reason), or null when it is within it or there is no menu. */
    Instrument.Ongeldig buiten(Instrumentsoort soort, Instrumenten.Aanvraag aanvraag) {
        if (regels.isEmpty()) {
            return null;
        }
        Menukaartregel regel = regels.stream().filter(r -> r.soort() == soort).findFirst().orElse(null);
        if (regel == null || !regel.aangeboden()) {
            return new Instrument.Ongeldig("instrumentId", soort.code() + " staat niet op de menukaart van regio " + regio
                    + "; leg een afwijking van het MT vast in menukaartAfwijking");
        }
        if (regel.maxMaanden() != null && aanvraag.duurMaanden() != null && aanvraag.duurMaanden() > regel.maxMaanden()) {
            return new Instrument.Ongeldig("duurMaanden", "de menukaart van regio " + regio + " biedt ten hoogste "
                    + regel.maxMaanden() + " maanden " + soort.code() + "; leg een afwijking van het MT vast in menukaartAfwijking");
        }
        if (regel.maxBedrag() != null && aanvraag.bedrag() != null && aanvraag.bedrag().compareTo(regel.maxBedrag()) > 0) {
            return new Instrument.Ongeldig("bedrag", "de menukaart van regio " + regio + " biedt ten hoogste € "
                    + regel.maxBedrag().toPlainString() + " " + soort.code() + "; leg een afwijking van het MT vast in menukaartAfwijking");
        }
        return null;
    }
}
