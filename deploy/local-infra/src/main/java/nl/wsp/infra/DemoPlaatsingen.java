package nl.wsp.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of demo placements as ordinary demo steps ({@link DemoData}), generated from one short description so that a
 * hundred placements do not become five hundred hand-written JSON steps. Deterministic: the same description and the
 * same seed day give the same steps. Per vacancy of the description: the vacancy (for its employer, whose account manager's
 * partner then places on it), one push of generated candidates of that partner, and per candidate the proposal,
 * invited, hired and the placement; some placements end, within six months or later (the durability figures); then the
 * region's targets for the year in which most of the placements start.
 * <p>
 * The public API lets work start no earlier than the day of the proposal (matching-service, {@code Plaatsing.Afspraak}),
 * so the start dates are spread over the twelve months from the seed day on, never before it.
 */
public final class DemoPlaatsingen {

    public static final String SOORT = "plaatsingen-over-een-jaar";

    private static final String[] VOORNAMEN = {"Anouk", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Ilias",
        "Joyce", "Kevin", "Lotte", "Mohamed", "Nina", "Omar", "Petra", "Ruben", "Samira", "Thijs", "Vera", "Wouter", "Yara"};
    private static final String[] ACHTERNAMEN = {"Bakker", "de Boer", "Visser", "Mulder", "de Groot", "Bos", "Vos", "Peters",
        "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "Kaya", "Bouali", "van der Linden"};

    private final ObjectMapper json = new ObjectMapper();

    /** The steps of {@code beschrijving}, with start dates from {@code vandaag} (the region's calendar day) on. */
    public List<JsonNode> stappen(JsonNode beschrijving, LocalDate vandaag) {
        Random toeval = new Random(beschrijving.path("seed").asLong(1));
        double binnenZes = beschrijving.path("beeindigdBinnenZesMaanden").asDouble(0);
        double later = beschrijving.path("beeindigdLater").asDouble(0);
        int totaal = 0;
        for (JsonNode v : beschrijving.path("vacatures")) {
            totaal += v.path("plaatsingen").asInt();
        }
        List<JsonNode> stappen = new ArrayList<>();
        int volgnummer = 0;
        int vacature = 0;
        for (JsonNode v : beschrijving.path("vacatures")) {
            vacature++;
            String partner = v.path("partner").asText();
            int aantal = v.path("plaatsingen").asInt();
            String vac = "gen_vac_" + vacature;
            ObjectNode vacatureBody = ((ObjectNode) v.path("vacature")).deepCopy();
            vacatureBody.put("werkgeverId", "${" + v.path("werkgever").asText() + "}");
            vacatureBody.put("aantalPosities", aantal + 1); // one stays open: the vacancy does not close under the demo
            vacatureBody.put("startdatum", vandaag.plusDays(7).toString());
            vacatureBody.put("sluitingsdatum", vandaag.plusMonths(13).toString());
            stappen.add(stap("vacancy", "POST", "/api/v1/vacatures", "beheerder", null, vacatureBody, "id", vac));

            ArrayNode kandidaten = json.createArrayNode();
            List<List<String>> doelgroepen = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                List<String> groepen = kies(v.path("doelgroepen"), toeval);
                doelgroepen.add(groepen);
                kandidaten.add(kandidaat(v, vacatureBody, partner, vacature, i, groepen, vandaag, toeval));
            }
            ObjectNode push = json.createObjectNode();
            push.set("kandidaten", kandidaten);
            ObjectNode kandidaatStap = stap("matching", "POST", "/api/v1/kandidaten", "partnersysteem", partner, push, null, null);
            ObjectNode bewaar = json.createObjectNode();
            for (int i = 0; i < aantal; i++) {
                bewaar.put(vac + "_kand_" + i, "resultaten." + i + ".id");
            }
            kandidaatStap.set("save", bewaar);
            stappen.add(kandidaatStap);

            for (int i = 0; i < aantal; i++) {
                String kand = vac + "_kand_" + i;
                String vd = vac + "_vd_" + i;
                String pl = vac + "_pl_" + i;
                ObjectNode voordracht = json.createObjectNode().put("vacatureId", "${" + vac + "}").put("kandidaatId", "${" + kand + "}");
                stappen.add(stap("matching", "POST", "/api/v1/voordrachten", "adviseur", partner, voordracht, "id", vd));
                stappen.add(stap("matching", "POST", "/api/v1/voordrachten/${" + vd + "}/uitkomst", "adviseur", partner,
                        json.createObjectNode().put("uitkomst", "uitgenodigd").put("toelichting", "Kennismakingsgesprek bij de werkgever"), null, null));
                stappen.add(stap("matching", "POST", "/api/v1/voordrachten/${" + vd + "}/uitkomst", "adviseur", partner,
                        json.createObjectNode().put("uitkomst", "aangenomen").put("toelichting", "Aangenomen na een proefdag"), null, null));
                // spread evenly over the year, a few days either way: every month has its placements
                int dag = Math.min(364, Math.max(0, (int) Math.round((volgnummer + 0.5) * 365.0 / totaal) + toeval.nextInt(7) - 3));
                volgnummer++;
                LocalDate start = vandaag.plusDays(dag);
                boolean vast = toeval.nextInt(4) == 0;
                ObjectNode plaatsing = json.createObjectNode().put("voordrachtId", "${" + vd + "}").put("startdatum", start.toString())
                        .put("contractvorm", vast ? "vast" : v.path("contractvorm").asText("tijdelijk"))
                        .put("urenPerWeek", vacatureBody.path("urenPerWeek").asInt(32));
                if (vast) {
                    plaatsing.put("onbepaaldeTijd", true);
                } else {
                    plaatsing.put("contractduurMaanden", 6 + 6 * toeval.nextInt(2));
                }
                if (doelgroepen.get(i).contains("banenafspraak")) {
                    // a Banenafspraak job names its sector (ADR 0045): mostly the market, some government, some hire-in
                    plaatsing.put("banenafspraakSector", switch (volgnummer % 5) {
                        case 0 -> "overheid";
                        case 1 -> "inleen-detachering";
                        default -> "markt";
                    });
                }
                stappen.add(stap("matching", "POST", "/api/v1/plaatsingen", "adviseur", partner, plaatsing, "id", pl));
                double lot = toeval.nextDouble();
                if (lot < binnenZes + later) {
                    boolean vroeg = lot < binnenZes;
                    LocalDate eind = vroeg ? start.plusMonths(1 + toeval.nextInt(5)) : start.plusMonths(7 + toeval.nextInt(4));
                    stappen.add(stap("matching", "POST", "/api/v1/plaatsingen/${" + pl + "}/beeindiging", "adviseur", partner,
                            json.createObjectNode().put("einddatum", eind.toString()).put("reden", vroeg ? "eigen-ontslag" : "einde-contract")
                                    .put("toelichting", vroeg ? "Werk en reistijd bleken niet te combineren" : "Contract afgelopen; bemiddeling naar vervolgwerk"),
                            null, null));
                }
            }
        }
        // the targets of the year in which most of the twelve months fall, for the region (reporting-service)
        int jaar = vandaag.getDayOfYear() <= 183 ? vandaag.getYear() : vandaag.getYear() + 1;
        for (JsonNode d : beschrijving.path("doelstellingen")) {
            ObjectNode doel = ((ObjectNode) d).deepCopy();
            doel.put("regio", beschrijving.path("regio").asText());
            doel.put("jaar", jaar);
            doel.put("toelichting", "Demo: doel voor " + jaar);
            stappen.add(stap("reporting", "POST", "/api/v1/doelstellingen", "beheerder", null, doel, null, null));
        }
        return stappen;
    }

    /** A target-group combination by its weight ({@code [[["bijstand"], 5], [["nug"], 2]]}). */
    private static List<String> kies(JsonNode gewogen, Random toeval) {
        int som = 0;
        for (JsonNode g : gewogen) {
            som += g.path(1).asInt();
        }
        int lot = toeval.nextInt(som);
        for (JsonNode g : gewogen) {
            lot -= g.path(1).asInt();
            if (lot < 0) {
                List<String> groepen = new ArrayList<>();
                g.path(0).forEach(d -> groepen.add(d.asText()));
                return groepen;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private ObjectNode kandidaat(JsonNode v, JsonNode vacatureBody, String partner, int vacature, int i, List<String> doelgroepen,
                                 LocalDate vandaag, Random toeval) {
        String voornaam = VOORNAMEN[toeval.nextInt(VOORNAMEN.length)];
        String achternaam = ACHTERNAMEN[toeval.nextInt(ACHTERNAMEN.length)];
        JsonNode woon = v.path("woonadressen").path(toeval.nextInt(v.path("woonadressen").size()));
        ObjectNode k = json.createObjectNode();
        k.put("referentie", v.path("referentie").asText() + "-" + vacature + "-" + (i + 1));
        k.set("naam", json.createObjectNode().put("voornaam", voornaam).put("achternaam", achternaam));
        ObjectNode adres = json.createObjectNode().put("straat", woon.path("straat").asText()).put("huisnummer", String.valueOf(1 + toeval.nextInt(120)))
                .put("postcode", woon.path("postcode").asText()).put("woonplaats", woon.path("gemeente").asText());
        k.set("contact", json.createObjectNode()
                .put("email", (voornaam + "." + achternaam).toLowerCase().replace(" ", "") + "." + vacature + "." + i + "@example.nl")
                .put("telefoon", "06-" + (10_000_000 + toeval.nextInt(89_999_999)))
                .set("adres", adres));
        k.put("woongemeente", woon.path("gemeente").asText());
        ArrayNode groepen = k.putArray("doelgroepen");
        doelgroepen.forEach(groepen::add);
        k.put("jobreadySinds", vandaag.minusDays(20 + toeval.nextInt(200)).toString());
        k.put("urenPerWeek", vacatureBody.path("urenPerWeek").asInt(32));
        k.set("mobiliteit", json.createObjectNode().put("maximaleReisafstandKm", 10 + 5 * toeval.nextInt(4)));
        String beroep = vacatureBody.path("escoBeroep").asText();
        k.putArray("gewensteBeroepen").add(beroep);
        k.set("vaardigheden", vacatureBody.path("vereisteVaardigheden").deepCopy());
        k.putArray("werkervaring").add(json.createObjectNode().put("beroep", beroep).put("jaren", toeval.nextInt(6)));
        k.put("opleidingsniveau", vacatureBody.path("opleidingsniveau").asText("vmbo"));
        k.putArray("talen").add("nl");
        k.putArray("rijbewijzen");
        k.putArray("werknemersvaardigheden").add("punctualiteit").add("samenwerken-en-overleggen");
        return k;
    }

    private ObjectNode stap(String service, String method, String path, String role, String partner, JsonNode body, String veld, String var) {
        ObjectNode s = json.createObjectNode().put("service", service).put("method", method).put("path", path).put("role", role);
        if (partner != null) {
            s.put("partner", partner);
        }
        s.set("body", body);
        if (var != null) {
            s.set("save", json.createObjectNode().put(var, veld));
        }
        return s;
    }
}
