package nl.wsp.referentie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small reference CSVs of this module (RFC 4180: a field may be quoted, "" is a quote). */
final class Csv {

    private Csv() {
    }

    /** The rows after the header, which must be exactly {@code kop}; every row must have as many fields. */
    static List<List<String>> lees(String bestand, List<String> kop) {
        String tekst;
        try (InputStream in = Csv.class.getResourceAsStream(bestand)) {
            if (in == null) {
                throw new IllegalStateException(bestand + " is not on the classpath (module wsp-data)");
            }
            tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> regels = tekst.lines().filter(l -> !l.isBlank()).toList();
        if (regels.isEmpty() || !velden(regels.get(0)).equals(kop)) {
            throw new IllegalStateException(bestand + ": the header is not " + String.join(",", kop));
        }
        List<List<String>> rijen = new ArrayList<>();
        for (int i = 1; i < regels.size(); i++) {
            List<String> v = velden(regels.get(i));
            if (v.size() != kop.size()) {
                throw new IllegalStateException(bestand + ":" + (i + 1) + ": " + v.size() + " fields, not " + kop.size());
            }
            rijen.add(List.copyOf(v));
        }
        return List.copyOf(rijen);
    }

    static List<String> velden(String regel) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == ',') {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden;
    }
}
