package nl.wsp.matching.inzage;

import nl.wsp.matching.inzage.api.InzageWeergave;
import nl.wsp.platform.time.TimeSource;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The inzage as a page a person can read and print: server-rendered, self-contained (its style inline; no script,
 * no font, no image, no link to anything outside), every value escaped. It walks the same answer the JSON gives,
 * so nothing in the JSON is missing from the page: a record is a table of its fields, a list is a numbered list.
 */
final class InzageHtml {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"))
            .withZone(TimeSource.ZONE);

    private static final Map<String, String> KOPPEN = Map.of(
            "kandidaat", "Uw gegevens",
            "voordrachten", "Voordrachten voor vacatures, met het besluit over uw plaats in de rangorde",
            "plaatsingen", "Plaatsingen",
            "instrumentInzetten", "Ingezette instrumenten",
            "nazorgmomenten", "Nazorg",
            "verwerkingen", "Wie uw gegevens heeft ingezien of gewijzigd, waarvoor en op welke grondslag",
            "andereDiensten", "Wat de andere onderdelen van het platform over u bewaren");

    private InzageHtml() {
    }

    static String van(InzageWeergave inzage) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Inzage in uw gegevens</title>")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}")
                .append("table{border-collapse:collapse;margin:.3em 0}th,td{border:1px solid #999;padding:.2em .5em;")
                .append("text-align:left;vertical-align:top}th{background:#eee;font-weight:normal}")
                .append("@media print{h2{page-break-after:avoid}}</style></head><body>\n")
                .append("<h1>Inzage in uw gegevens</h1>\n<p>Opgesteld op ").append(tekst(TIJD.format(inzage.opgesteldOp())))
                .append(" door de matching-service van het Werkgeversservicepunt.</p>\n<p>").append(tekst(inzage.toelichting()))
                .append("</p>\n");
        for (RecordComponent c : InzageWeergave.class.getRecordComponents()) {
            String kop = KOPPEN.get(c.getName());
            if (kop == null) {
                continue;
            }
            h.append("<h2>").append(tekst(kop)).append("</h2>\n");
            Object waarde = lees(c, inzage);
            if (waarde instanceof Collection<?> lijst && lijst.isEmpty()) {
                h.append("<p>Geen.</p>\n");
            } else {
                waarde(h, waarde);
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private static void waarde(StringBuilder h, Object o) {
        if (o == null) {
            h.append("—");
        } else if (o instanceof Record r) {
            h.append("<table>");
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object w = lees(c, r);
                if (w == null || (w instanceof Collection<?> l && l.isEmpty())) {
                    continue;
                }
                h.append("<tr><th>").append(tekst(label(c.getName()))).append("</th><td>");
                waarde(h, w);
                h.append("</td></tr>");
            }
            h.append("</table>\n");
        } else if (o instanceof Collection<?> lijst) {
            h.append("<ol>");
            for (Object e : lijst) {
                h.append("<li>");
                waarde(h, e);
                h.append("</li>");
            }
            h.append("</ol>\n");
        } else if (o instanceof Map<?, ?> m) {
            h.append("<table>");
            m.forEach((k, v) -> {
                h.append("<tr><th>").append(tekst(String.valueOf(k))).append("</th><td>");
                waarde(h, v);
                h.append("</td></tr>");
            });
            h.append("</table>\n");
        } else if (o instanceof Instant i) {
            h.append(tekst(TIJD.format(i)));
        } else if (o instanceof java.time.OffsetDateTime t) {
            h.append(tekst(TIJD.format(t.toInstant())));
        } else if (o instanceof Boolean b) {
            h.append(b ? "ja" : "nee");
        } else if (o instanceof Enum<?> e) {
            h.append(tekst(e.name().toLowerCase(Locale.ROOT)));
        } else {
            h.append(tekst(String.valueOf(o)));
        }
    }

    private static Object lees(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** {@code voorgedragenOp} → "voorgedragen op". */
    static String label(String naam) {
        return naam.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Escapes text for HTML content and attribute values. */
    static String tekst(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
