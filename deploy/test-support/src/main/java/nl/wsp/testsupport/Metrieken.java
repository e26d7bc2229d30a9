package nl.wsp.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Prometheus text a service serves at {@code /q/metrics}, the way Prometheus would: a test fetches the text
 * (RestAssured) and asks for one series by name and labels. No state: every call parses what it is given.
 */
public final class Metrieken {

    private static final Pattern REGEL = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Metrieken() {
    }

    /** One sample: the series name, its labels and its value. */
    public record Monster(String naam, Map<String, String> labels, double waarde) {
    }

    /** Every sample of {@code naam} in {@code tekst}. */
    public static List<Monster> monsters(String tekst, String naam) {
        List<Monster> uit = new ArrayList<>();
        for (String regel : tekst.split("\n")) {
            if (regel.startsWith("#")) {
                continue;
            }
            Matcher m = REGEL.matcher(regel.strip());
            if (m.matches() && m.group(1).equals(naam)) {
                Map<String, String> labels = new LinkedHashMap<>();
                if (m.group(3) != null) {
                    Matcher l = LABEL.matcher(m.group(3));
                    while (l.find()) {
                        labels.put(l.group(1), l.group(2));
                    }
                }
                uit.add(new Monster(naam, labels, Double.parseDouble(m.group(4))));
            }
        }
        return uit;
    }

    /**
     * The value of the one series of {@code naam} whose labels include {@code labels} (name, value, name, value, …);
     * fails when there is none or more than one, so a missing or doubly registered meter cannot pass for a value.
     */
    public static double waarde(String tekst, String naam, String... labels) {
        List<Monster> passend = monsters(tekst, naam).stream().filter(s -> {
            for (int i = 0; i + 1 < labels.length; i += 2) {
                if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                    return false;
                }
            }
            return true;
        }).toList();
        if (passend.size() != 1) {
            throw new AssertionError("expected one series " + naam + " " + List.of(labels) + ", found " + passend);
        }
        return passend.get(0).waarde();
    }
}
