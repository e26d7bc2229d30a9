package nl.wsp.vacancy.esco;

import java.util.Locale;

/** An ESCO concept's preferred labels as loaded; either may be empty (ESCO's export has no Dutch label for most skills). */
public record EscoLabels(String uri, String nl, String en) {

    /** The label in {@code taal} where there is one, else in the other language; with the language it is in. */
    public Label in(Locale taal) {
        boolean engels = "en".equals(taal.getLanguage());
        String eerste = engels ? en : nl;
        if (heeft(eerste)) {
            return new Label(eerste, engels ? "en" : "nl");
        }
        return heeft(nl) ? new Label(nl, "nl") : new Label(en, "en");
    }

    private static boolean heeft(String label) {
        return label != null && !label.isBlank();
    }

    public record Label(String tekst, String taal) {
    }
}
