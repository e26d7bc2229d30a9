package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.platform.validatie.RedelijkeDatum;
import nl.wsp.matching.kandidaat.api.KandidaatInvoer;
import nl.wsp.platform.privacy.BsnInJson;
import nl.wsp.platform.privacy.BsnProblemen;
import nl.wsp.platform.problem.Problem;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and checks pushed candidates one by one, so that each bad item is refused with its own problem detail
 * (fields named {@code kandidaten[i].veld}) while the others go through. ESCO labels of the whole batch are
 * resolved together. An item with a BSN in any string, at any depth (the frame's {@link BsnInJson}), is refused
 * naming each such field, without echoing the value and before anything else is read from it. An unknown field,
 * at any depth, is reported together with whatever else is wrong with the item (the item is read on without it),
 * so a partner system sees every error of an item in one answer.
 */
@ApplicationScoped
public class KandidaatValidatie {

    static final Pattern REFERENTIE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    static final Pattern TELEFOON = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Z]{2}");
    static final Pattern TAAL = Pattern.compile("[a-z]{2}");

    private final ObjectMapper json;
    private final ObjectReader invoerLezer;
    private final EscoCatalogus esco;
    private final Gemeenten gemeenten;
    private final Clock clock;

    KandidaatValidatie(ObjectMapper json, EscoCatalogus esco, Gemeenten gemeenten, Clock clock) {
        this.json = json;
        this.invoerLezer = json.readerFor(KandidaatInvoer.class);
        this.esco = esco;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    /**
     * A candidate ready to store, an item sent exactly as the stored candidate was ({@code ongewijzigd}: nothing to
     * read, check or write), or the reasons it was refused.
     */
    public record Uitkomst(int index, Aanlevering aanlevering, String referentie, List<Problem.InvalidParam> fouten,
                           boolean ongewijzigd) {
        Uitkomst(int index, Aanlevering aanlevering, String referentie, List<Problem.InvalidParam> fouten) {
            this(index, aanlevering, referentie, fouten, false);
        }

        public boolean afgewezen() {
            return aanlevering == null && !ongewijzigd;
        }
    }

    /**
     * Checks each item, except those marked {@code ongewijzigd} (sent exactly as their stored candidate, by
     * {@link Aanleverhash}): those are only held to the rule that a reference comes once per batch.
     *
     * @param aanleverhashes each item's {@link Aanleverhash}, stored with what it becomes
     */
    public List<Uitkomst> valideer(List<JsonNode> items, String[] aanleverhashes, boolean[] ongewijzigd) {
        return valideer(items, aanleverhashes, ongewijzigd, java.util.Set.of());
    }

    /**
     * @param woongemeenten where the pushing partner's candidates may live: an executing organisation's municipalities
     *                      (ADR 0041); empty: anywhere
     */
    public List<Uitkomst> valideer(List<JsonNode> items, String[] aanleverhashes, boolean[] ongewijzigd,
                                   java.util.Set<String> woongemeenten) {
        List<KandidaatInvoer> gelezen = new ArrayList<>(items.size());
        List<List<Problem.InvalidParam>> onbekendeVelden = new ArrayList<>(items.size());
        List<Uitkomst> uitkomsten = new ArrayList<>(items.size());
        LinkedHashSet<String> beroepLabels = new LinkedHashSet<>();
        LinkedHashSet<String> vaardigheidLabels = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = "kandidaten[" + i + "]";
            KandidaatInvoer invoer = null;
            List<Problem.InvalidParam> fouten = new ArrayList<>();
            List<Problem.InvalidParam> onbekend = new ArrayList<>();
            JsonNode item = items.get(i);
            if (ongewijzigd[i]) {
                gelezen.add(null);
                onbekendeVelden.add(List.of());
                uitkomsten.add(new Uitkomst(i, null, item.get("referentie").textValue(), List.of(), true));
                continue;
            }
            List<String> metBsn = item == null ? List.of() : BsnInJson.paden(item, prefix);
            if (item == null || !item.isObject()) {
                fouten.add(new Problem.InvalidParam(prefix, "moet een object zijn"));
            } else if (!metBsn.isEmpty()) {
                metBsn.forEach(veld -> fouten.add(BsnProblemen.ongeldig(veld)));
            } else {
                try {
                    invoer = invoerLezer.withHandler(new OnbekendeVelden(prefix, onbekend))
                            .readValue(item);
                } catch (JsonMappingException e) {
                    fouten.addAll(onbekend);
                    fouten.add(new Problem.InvalidParam(pad(prefix, e), "verkeerd type of vorm"));
                } catch (IOException e) {
                    fouten.addAll(onbekend);
                    fouten.add(new Problem.InvalidParam(prefix, "onleesbaar"));
                }
            }
            gelezen.add(invoer);
            onbekendeVelden.add(onbekend);
            if (invoer != null) {
                verzamelLabels(invoer, beroepLabels, vaardigheidLabels);
            }
            uitkomsten.add(new Uitkomst(i, null, null, fouten));
        }
        Map<String, String> beroepen = esco.los(EscoCatalogus.Soort.BEROEP, beroepLabels);
        Map<String, String> vaardigheden = esco.los(EscoCatalogus.Soort.VAARDIGHEID, vaardigheidLabels);
        LinkedHashSet<String> gezien = new LinkedHashSet<>();
        List<Uitkomst> resultaat = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            KandidaatInvoer invoer = gelezen.get(i);
            if (ongewijzigd[i]) {
                Uitkomst u = uitkomsten.get(i);
                resultaat.add(gezien.add(u.referentie()) ? u : dubbel(i, u.referentie()));
                continue;
            }
            if (invoer == null) {
                resultaat.add(uitkomsten.get(i));
                continue;
            }
            Uitkomst u = controleer(i, invoer, beroepen, vaardigheden, aanleverhashes[i], woongemeenten);
            if (!onbekendeVelden.get(i).isEmpty()) {
                List<Problem.InvalidParam> alle = new ArrayList<>(onbekendeVelden.get(i));
                alle.addAll(u.fouten());
                u = new Uitkomst(i, null, u.referentie(), alle);
            }
            if (!u.afgewezen() && !gezien.add(u.aanlevering().referentie())) {
                u = dubbel(i, u.referentie());
            }
            resultaat.add(u);
        }
        return resultaat;
    }

    private static Uitkomst dubbel(int i, String referentie) {
        return new Uitkomst(i, null, referentie, List.of(new Problem.InvalidParam("kandidaten[" + i + "].referentie",
                "komt eerder in deze batch voor")));
    }

    private static void verzamelLabels(KandidaatInvoer k, Collection<String> beroepen, Collection<String> vaardigheden) {
        if (k.gewensteBeroepen() != null) {
            k.gewensteBeroepen().stream().filter(KandidaatValidatie::tekst).forEach(beroepen::add);
        }
        if (k.werkervaring() != null) {
            k.werkervaring().stream().filter(w -> w != null && tekst(w.beroep())).forEach(w -> beroepen.add(w.beroep()));
        }
        if (k.vaardigheden() != null) {
            k.vaardigheden().stream().filter(KandidaatValidatie::tekst).forEach(vaardigheden::add);
        }
    }

    private Uitkomst controleer(int i, KandidaatInvoer k, Map<String, String> beroepen, Map<String, String> vaardigheden,
                                String aanleverhash, java.util.Set<String> woongemeenten) {
        String p = "kandidaten[" + i + "].";
        List<Problem.InvalidParam> f = new ArrayList<>();
        String referentie = null;
        if (!tekst(k.referentie())) {
            f.add(fout(p + "referentie", "is verplicht"));
        } else if (!REFERENTIE.matcher(k.referentie()).matches()) {
            f.add(fout(p + "referentie", "1 tot 64 tekens: letters, cijfers en . _ : / -"));
        } else {
            referentie = k.referentie();
        }
        String woongemeente = null;
        if (!tekst(k.woongemeente())) {
            f.add(fout(p + "woongemeente", "is verplicht"));
        } else {
            woongemeente = gemeenten.zoek(k.woongemeente()).orElse(null);
            if (woongemeente == null) {
                f.add(fout(p + "woongemeente", "onbekende gemeente"));
            } else if (!woongemeenten.isEmpty() && !woongemeenten.contains(woongemeente)) {
                // ADR 0041: an executing organisation pushes the job seekers of the municipalities it executes for
                f.add(fout(p + "woongemeente", "de partner is uitvoeringsorganisatie voor " + String.join(", ", woongemeenten)
                        + "; " + woongemeente + " is daar niet een van"));
            }
        }
        List<String> doelgroepen = codes(f, p + "doelgroepen", k.doelgroepen(), Codes.DOELGROEPEN);
        if (doelgroepen == null || doelgroepen.isEmpty()) {
            if (f.stream().noneMatch(x -> x.name().startsWith(p + "doelgroepen"))) {
                f.add(fout(p + "doelgroepen", "minstens één doelgroep is verplicht (nug als er geen uitkering is)"));
            }
        }
        List<String> kwetsbaarheden = codes(f, p + "kwetsbaarheden", k.kwetsbaarheden(), Codes.KWETSBAARHEDEN);
        if (k.jobreadySinds() != null && k.jobreadySinds().isAfter(LocalDate.now(clock))) {
            f.add(fout(p + "jobreadySinds", "mag niet in de toekomst liggen"));
        } else if (k.jobreadySinds() != null && k.jobreadySinds().isBefore(RedelijkeDatum.VROEGST)) {
            f.add(fout(p + "jobreadySinds", "ligt voor " + RedelijkeDatum.VROEGST));
        }
        if (k.urenPerWeek() != null && (k.urenPerWeek() < 1 || k.urenPerWeek() > 60)) {
            f.add(fout(p + "urenPerWeek", "moet tussen 1 en 60 liggen"));
        }
        Profiel.Mobiliteit mobiliteit = null;
        if (k.mobiliteit() != null) {
            Integer km = k.mobiliteit().maximaleReisafstandKm();
            if (km != null && (km < 0 || km > 300)) {
                f.add(fout(p + "mobiliteit.maximaleReisafstandKm", "moet tussen 0 en 300 liggen"));
            }
            List<String> mobielNaar = null;
            if (k.mobiliteit().gemeenten() != null) {
                mobielNaar = new ArrayList<>();
                for (int j = 0; j < k.mobiliteit().gemeenten().size(); j++) {
                    String g = k.mobiliteit().gemeenten().get(j);
                    String bekend = gemeenten.zoek(g).orElse(null);
                    if (bekend == null) {
                        f.add(fout(p + "mobiliteit.gemeenten[" + j + "]", "onbekende gemeente"));
                    } else if (!mobielNaar.contains(bekend)) {
                        mobielNaar.add(bekend);
                    }
                }
            }
            mobiliteit = new Profiel.Mobiliteit(km, mobielNaar);
        }
        List<String> gewensteBeroepen = esco(f, p + "gewensteBeroepen", k.gewensteBeroepen(), beroepen, 10, "onbekend ESCO-beroep");
        List<String> escoVaardigheden = esco(f, p + "vaardigheden", k.vaardigheden(), vaardigheden, 100, "onbekende ESCO-vaardigheid");
        List<Profiel.Werkervaring> werkervaring = null;
        if (k.werkervaring() != null) {
            werkervaring = new ArrayList<>();
            if (k.werkervaring().size() > 30) {
                f.add(fout(p + "werkervaring", "hoogstens 30 regels"));
            }
            for (int j = 0; j < k.werkervaring().size(); j++) {
                KandidaatInvoer.Werkervaring w = k.werkervaring().get(j);
                String wp = p + "werkervaring[" + j + "]";
                if (w == null || !tekst(w.beroep())) {
                    f.add(fout(wp + ".beroep", "is verplicht"));
                    continue;
                }
                String uri = beroepen.get(w.beroep());
                if (uri == null) {
                    f.add(fout(wp + ".beroep", "onbekend ESCO-beroep"));
                }
                if (w.jaren() == null || w.jaren().signum() < 0 || w.jaren().compareTo(BigDecimal.valueOf(60)) > 0) {
                    f.add(fout(wp + ".jaren", "moet tussen 0 en 60 liggen"));
                }
                werkervaring.add(new Profiel.Werkervaring(uri, w.jaren()));
            }
        }
        if (k.opleidingsniveau() != null && !Codes.OPLEIDINGSNIVEAUS.contains(k.opleidingsniveau())) {
            f.add(fout(p + "opleidingsniveau", "onbekende waarde; toegestaan: " + String.join(", ", Codes.OPLEIDINGSNIVEAUS)));
        }
        List<String> talen = lijst(f, p + "talen", k.talen(), t -> TAAL.matcher(t).matches() ? null : "ISO 639-1-taalcode, zoals nl");
        List<String> rijbewijzen = lijst(f, p + "rijbewijzen", k.rijbewijzen(),
                r -> Codes.RIJBEWIJZEN.contains(r) ? null : "onbekende rijbewijscategorie");
        List<String> werknemersvaardigheden = codes(f, p + "werknemersvaardigheden", k.werknemersvaardigheden(),
                Codes.WERKNEMERSVAARDIGHEDEN);
        if (k.naam() != null) {
            lengte(f, p + "naam.voornaam", k.naam().voornaam(), 100);
            lengte(f, p + "naam.achternaam", k.naam().achternaam(), 100);
        }
        if (k.contact() != null) {
            KandidaatInvoer.Contact c = k.contact();
            if (c.email() != null && (c.email().length() > 254 || !EMAIL.matcher(c.email()).matches())) {
                f.add(fout(p + "contact.email", "geen geldig e-mailadres"));
            }
            if (c.telefoon() != null && !TELEFOON.matcher(c.telefoon()).matches()) {
                f.add(fout(p + "contact.telefoon", "geen geldig telefoonnummer"));
            }
            if (c.adres() != null) {
                lengte(f, p + "contact.adres.straat", c.adres().straat(), 100);
                lengte(f, p + "contact.adres.huisnummer", c.adres().huisnummer(), 10);
                lengte(f, p + "contact.adres.woonplaats", c.adres().woonplaats(), 100);
                if (c.adres().postcode() != null && !POSTCODE.matcher(c.adres().postcode()).matches()) {
                    f.add(fout(p + "contact.adres.postcode", "geen Nederlandse postcode (1234 AB)"));
                }
            }
        }
        List<KandidaatInvoer.Leefgebied> leefgebieden = null;
        if (k.leefgebieden() != null) {
            leefgebieden = new ArrayList<>();
            for (int j = 0; j < k.leefgebieden().size(); j++) {
                KandidaatInvoer.Leefgebied l = k.leefgebieden().get(j);
                String lp = p + "leefgebieden[" + j + "]";
                if (l == null || l.gebied() == null || !Codes.LEEFGEBIEDEN.contains(l.gebied())) {
                    f.add(fout(lp + ".gebied", "onbekende waarde; toegestaan: " + String.join(", ", Codes.LEEFGEBIEDEN)));
                    continue;
                }
                lengte(f, lp + ".notitie", l.notitie(), 2000);
                leefgebieden.add(l);
            }
        }
        if (k.leeftijdsband() != null && !Codes.LEEFTIJDSBANDEN.contains(k.leeftijdsband())) {
            f.add(fout(p + "leeftijdsband", "onbekende waarde; toegestaan: " + String.join(", ", Codes.LEEFTIJDSBANDEN)));
        }
        if (!f.isEmpty()) {
            return new Uitkomst(i, null, referentie, f);
        }
        Profiel profiel = new Profiel(kwetsbaarheden, k.jobreadySinds(), k.urenPerWeek(), mobiliteit, gewensteBeroepen,
                escoVaardigheden, werkervaring, k.opleidingsniveau(), talen, rijbewijzen, werknemersvaardigheden);
        Persoonsgegevens persoon = new Persoonsgegevens(k.naam(), k.contact());
        Volledigheid volledigheid = Volledigheid.van(profiel, persoon);
        List<KandidaatInvoer.Leefgebied> notities = leefgebieden == null || leefgebieden.isEmpty() ? null : leefgebieden;
        Aanlevering.Json opgeslagen = new Aanlevering.Json(schrijf(profiel), schrijf(persoon), notities == null ? null : schrijf(notities));
        // the band only when sent, so the hashes of candidates stored before it existed stay what they were
        String hash = k.leeftijdsband() == null
                ? hash(woongemeente, String.join(",", doelgroepen), opgeslagen.profiel(), opgeslagen.persoonsgegevens(),
                        opgeslagen.leefgebieden())
                : hash(woongemeente, String.join(",", doelgroepen), opgeslagen.profiel(), opgeslagen.persoonsgegevens(),
                        opgeslagen.leefgebieden(), "leeftijdsband:" + k.leeftijdsband());
        return new Uitkomst(i, new Aanlevering(i, referentie, woongemeente, doelgroepen, profiel, persoon, notities,
                volledigheid, hash, aanleverhash, opgeslagen, k.leeftijdsband()), referentie, List.of());
    }

    private String schrijf(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("candidate cannot be serialised", e);
        }
    }

    /** SHA-256 over everything stored for the candidate: equal hash, nothing to write ("ongewijzigd"). */
    private static String hash(String... delen) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String deel : delen) {
                sha.update(deel == null ? new byte[] {0} : deel.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("profile hash", e);
        }
    }

    private static List<String> codes(List<Problem.InvalidParam> f, String veld, List<String> waarden, List<String> toegestaan) {
        return lijst(f, veld, waarden, w -> toegestaan.contains(w) ? null
                : "onbekende waarde; toegestaan: " + String.join(", ", toegestaan));
    }

    /** Checks each element; returns the distinct elements in the order sent (null when the list was absent). */
    private static List<String> lijst(List<Problem.InvalidParam> f, String veld, List<String> waarden,
                                      Function<String, String> reden) {
        if (waarden == null) {
            return null;
        }
        if (waarden.size() > 100) {
            f.add(fout(veld, "hoogstens 100 waarden"));
            return null;
        }
        LinkedHashSet<String> uniek = new LinkedHashSet<>();
        for (int j = 0; j < waarden.size(); j++) {
            String w = waarden.get(j);
            String r = w == null ? "mag niet leeg zijn" : reden.apply(w);
            if (r != null) {
                f.add(fout(veld + "[" + j + "]", r));
            } else {
                uniek.add(w);
            }
        }
        return List.copyOf(uniek);
    }

    private static List<String> esco(List<Problem.InvalidParam> f, String veld, List<String> waarden,
                                     Map<String, String> opgelost, int max, String reden) {
        if (waarden == null) {
            return null;
        }
        if (waarden.size() > max) {
            f.add(fout(veld, "hoogstens " + max + " waarden"));
            return null;
        }
        LinkedHashSet<String> uris = new LinkedHashSet<>();
        for (int j = 0; j < waarden.size(); j++) {
            String uri = waarden.get(j) == null ? null : opgelost.get(waarden.get(j));
            if (uri == null) {
                f.add(fout(veld + "[" + j + "]", reden));
            } else {
                uris.add(uri);
            }
        }
        return List.copyOf(uris);
    }

    private static void lengte(List<Problem.InvalidParam> f, String veld, String waarde, int max) {
        if (waarde != null && waarde.length() > max) {
            f.add(fout(veld, "hoogstens " + max + " tekens"));
        }
    }

    private static boolean tekst(String s) {
        return s != null && !s.isBlank();
    }

    private static Problem.InvalidParam fout(String veld, String reden) {
        return new Problem.InvalidParam(veld, reden);
    }

    /** Notes an unknown field with its path and reads on, so the item's other errors are found too. */
    private static final class OnbekendeVelden extends DeserializationProblemHandler {
        private final String prefix;
        private final List<Problem.InvalidParam> fouten;

        OnbekendeVelden(String prefix, List<Problem.InvalidParam> fouten) {
            this.prefix = prefix;
            this.fouten = fouten;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            fouten.add(new Problem.InvalidParam(pad(prefix, p.getParsingContext(), propertyName), "onbekend veld"));
            p.skipChildren();
            return true;
        }
    }

    private static String pad(String prefix, JsonStreamContext context, String veld) {
        Deque<String> delen = new ArrayDeque<>();
        delen.push("." + veld);
        for (JsonStreamContext c = context == null ? null : context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                delen.push("." + c.getCurrentName());
            } else if (c.inArray()) {
                delen.push("[" + c.getCurrentIndex() + "]");
            }
        }
        return prefix + String.join("", delen);
    }

    private static String pad(String prefix, JsonMappingException e) {
        StringBuilder pad = new StringBuilder(prefix);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                pad.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                pad.append('[').append(ref.getIndex()).append(']');
            }
        }
        return pad.toString();
    }
}
