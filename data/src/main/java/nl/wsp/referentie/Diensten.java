package nl.wsp.referentie;

import java.util.List;
import java.util.Optional;

/**
 * The service catalogue ({@code data/referentie/diensten.csv}): what a WSP delivers to an employer, the SUWI basic package
 * (source 001: "voorlichting en advies te geven over werkgeversinstrumenten … te adviseren over het organiseren van werk …
 * arbeidsmarktinformatie te bieden") and the WSP's own services (000, 002, 004), each with its source document and quote.
 * Versioned: a code is never renamed or removed; a new one comes with a higher {@code versie}, and the catalogue's version
 * is the highest. Contact moments record the codes they delivered; reports count them (docs/adr/0020).
 */
public final class Diensten {

    static final String BESTAND = "/wsp/referentie/diensten.csv";

    /** One service; {@code basispakket}: part of the SUWI basic package; {@code bron}: source document number 000–004. */
    public record Dienst(String code, String omschrijving, boolean basispakket, String bron, String citaat, int versie) {
    }

    private static final List<Dienst> ALLE = Csv.lees(BESTAND, List.of("code", "omschrijving", "basispakket", "bron", "citaat", "versie"))
            .stream().map(v -> new Dienst(v.get(0), v.get(1), switch (v.get(2)) {
                case "ja" -> true;
                case "nee" -> false;
                default -> throw new IllegalStateException(BESTAND + ": basispakket is ja or nee, not " + v.get(2));
            }, v.get(3), v.get(4), Integer.parseInt(v.get(5)))).toList();

    private Diensten() {
    }

    public static List<Dienst> alle() {
        return ALLE;
    }

    /** The codes, in the file's order. */
    public static List<String> codes() {
        return ALLE.stream().map(Dienst::code).toList();
    }

    public static Optional<Dienst> dienst(String code) {
        return ALLE.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The catalogue's version: the highest version of its entries. */
    public static int versie() {
        return ALLE.stream().mapToInt(Dienst::versie).max().orElse(0);
    }
}
