package nl.wsp.matching.kandidaat;

import nl.wsp.platform.logboek.Verwerkingslogboek;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.partner.PartnerRepository;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.api.BulkAntwoord;
import nl.wsp.matching.kandidaat.api.IntrekkingResultaat;
import nl.wsp.matching.kandidaat.api.ItemResultaat;
import nl.wsp.platform.privacy.Bsn;
import nl.wsp.platform.privacy.BsnProblemen;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.problem.Problem;
import nl.wsp.platform.problem.Problems;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A partner system pushes up to 1,000 candidates: each is created, updated, left unchanged (same profile hash)
 * or refused on its own; refused items store nothing and do not hold up the rest. An item sent exactly as its
 * available candidate was stored ({@link Aanleverhash}) is answered unchanged from the stored row, without being
 * checked or written again: a partner system that pushes its whole file every night pays for what changed.
 * <p>
 * The same push may withdraw candidates by the partner's own reference ({@code intrekkingen}), in the same
 * transaction and through the single withdrawal ({@link KandidaatInzage#trekIn(Kandidaat, String)}): each withdrawal
 * is {@code ingetrokken}, {@code onbekend} (no available candidate of this partner has the reference: nothing changes)
 * or {@code afgewezen} (a bad field; a reference also pushed in this batch). Candidates and withdrawals together are
 * at most {@link #MAXIMUM}. A push that created, updated or withdrew a candidate publishes the partner's pool counts once
 * ({@link Kandidatenpool}), and so does the first push of a partner whose pool was never published.
 */
@ApplicationScoped
public class RegistreerKandidaten {

    public static final int MAXIMUM = 1000;

    private final KandidaatValidatie validatie;
    private final KandidaatRepository kandidaten;
    private final Verwerkingslogboek audit;
    private final Clock clock;
    private final KandidaatInzage inzage;
    private final PartnerRepository partners;
    private final Kandidatenpool pool;

    RegistreerKandidaten(KandidaatValidatie validatie, KandidaatRepository kandidaten, Verwerkingslogboek audit, Clock clock,
                         KandidaatInzage inzage, PartnerRepository partners, Kandidatenpool pool) {
        this.inzage = inzage;
        this.partners = partners;
        this.pool = pool;
        this.validatie = validatie;
        this.kandidaten = kandidaten;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BulkAntwoord registreer(String partner, List<JsonNode> items, List<String> hashesAlsVerzonden,
                                   List<JsonNode> intrekkingen) {
        if (items == null) {
            throw ApiProblem.invalid("kandidaten", "is verplicht");
        }
        if (items.size() > MAXIMUM) {
            throw ApiProblem.invalid("kandidaten", "hoogstens " + MAXIMUM + " kandidaten per verzoek; dit waren er " + items.size());
        }
        List<JsonNode> weg = intrekkingen == null ? List.of() : intrekkingen;
        if (items.size() + weg.size() > MAXIMUM) {
            throw ApiProblem.invalid("intrekkingen", "hoogstens " + MAXIMUM + " kandidaten en intrekkingen samen per verzoek; dit waren er "
                    + (items.size() + weg.size()));
        }
        String[] aanleverhashes = hashesAlsVerzonden != null ? hashesAlsVerzonden.toArray(String[]::new) : Aanleverhash.van(items);
        String[] referenties = referenties(items);
        Map<String, KandidaatRepository.Ongewijzigd> bekend = kandidaten.ongewijzigd(partner, referenties, aanleverhashes);
        boolean[] ongewijzigd = new boolean[items.size()];
        for (int i = 0; i < ongewijzigd.length; i++) {
            KandidaatRepository.Ongewijzigd o = referenties[i] == null ? null : bekend.get(referenties[i]);
            ongewijzigd[i] = o != null && o.aanleverhash().equals(aanleverhashes[i]);
        }
        List<KandidaatValidatie.Uitkomst> uitkomsten = validatie.valideer(items, aanleverhashes, ongewijzigd,
                partners.woongemeentenVanKandidaten(partner));
        List<Aanlevering> geldig = uitkomsten.stream().filter(u -> u.aanlevering() != null)
                .map(KandidaatValidatie.Uitkomst::aanlevering).toList();
        Map<String, KandidaatRepository.Geschreven> geschreven = kandidaten.schrijf(partner, geldig, clock.instant(),
                audit.kolommen());
        audit.huidige().gelogd(geschreven.values().stream().map(KandidaatRepository.Geschreven::id).toList());
        audit.registreer(uitkomsten.stream().filter(KandidaatValidatie.Uitkomst::ongewijzigd)
                .map(u -> bekend.get(u.referentie()).id()).toList(), "ongewijzigd-aangeleverd");
        List<ItemResultaat> resultaten = new ArrayList<>(uitkomsten.size());
        int[] telling = new int[4];
        for (KandidaatValidatie.Uitkomst u : uitkomsten) {
            if (u.afgewezen()) {
                telling[3]++;
                resultaten.add(new ItemResultaat(u.index(), u.referentie(), "afgewezen", null, null, null,
                        new Problem(Problems.type("ongeldige-invoer"), "Ongeldige invoer", 400,
                                "Kandidaat " + u.index() + " is niet opgeslagen", null, u.fouten(), null)));
                continue;
            }
            if (u.ongewijzigd()) {
                KandidaatRepository.Ongewijzigd o = bekend.get(u.referentie());
                telling[2]++;
                resultaten.add(new ItemResultaat(u.index(), u.referentie(), "ongewijzigd", o.id(), o.volledigheid(),
                        o.ontbrekendeVelden(), null));
                continue;
            }
            Aanlevering a = u.aanlevering();
            KandidaatRepository.Geschreven g = geschreven.get(a.referentie());
            switch (g.resultaat()) {
                case "aangemaakt" -> telling[0]++;
                case "bijgewerkt" -> telling[1]++;
                default -> telling[2]++;
            }
            resultaten.add(new ItemResultaat(u.index(), a.referentie(), g.resultaat(), g.id(), a.volledigheid().score(),
                    a.volledigheid().ontbrekendeVelden(), null));
        }
        Set<String> aangeleverd = new HashSet<>(Arrays.asList(referenties));
        aangeleverd.remove(null);
        List<IntrekkingResultaat> ingetrokken = trekIn(partner, weg, aangeleverd);
        if (!geschreven.isEmpty() || tel(ingetrokken, "ingetrokken") > 0 || !pool.isGepubliceerd(partner)) {
            pool.werkBij(partner); // the pool's counts for reporting, once per push (docs/adr/0043)
        }
        return new BulkAntwoord(telling[0], telling[1], telling[2], telling[3], resultaten,
                tel(ingetrokken, "ingetrokken"), tel(ingetrokken, "onbekend"), tel(ingetrokken, "afgewezen"), ingetrokken);
    }

    /**
     * The withdrawals of the push, each on its own: a bad field refuses only that item, naming it as
     * {@code intrekkingen[i].veld}; a reference that passes the BSN elfproef is refused and not echoed, nor looked up.
     */
    private List<IntrekkingResultaat> trekIn(String partner, List<JsonNode> intrekkingen, Set<String> aangeleverd) {
        String[] referenties = new String[intrekkingen.size()];
        String[] redenen = new String[intrekkingen.size()];
        List<List<Problem.InvalidParam>> fouten = new ArrayList<>(intrekkingen.size());
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < referenties.length; i++) {
            String p = "intrekkingen[" + i + "]";
            List<Problem.InvalidParam> f = new ArrayList<>();
            fouten.add(f);
            JsonNode item = intrekkingen.get(i);
            if (item == null || !item.isObject()) {
                f.add(new Problem.InvalidParam(p, "moet een object zijn"));
                continue;
            }
            item.fieldNames().forEachRemaining(veld -> {
                if (!veld.equals("referentie") && !veld.equals("reden")) {
                    f.add(new Problem.InvalidParam(p + "." + veld, "onbekend veld"));
                }
            });
            JsonNode r = item.get("referentie");
            if (r == null || r.isNull()) {
                f.add(new Problem.InvalidParam(p + ".referentie", "is verplicht"));
            } else if (!r.isTextual()) {
                f.add(new Problem.InvalidParam(p + ".referentie", "verkeerd type of vorm"));
            } else if (Bsn.komtVoorIn(r.textValue())) {
                f.add(BsnProblemen.ongeldig(p + ".referentie"));
            } else {
                referenties[i] = r.textValue();
                if (!KandidaatValidatie.REFERENTIE.matcher(referenties[i]).matches()) {
                    f.add(new Problem.InvalidParam(p + ".referentie", "1 tot 64 tekens: letters, cijfers en . _ : / -"));
                } else if (aangeleverd.contains(referenties[i])) {
                    f.add(new Problem.InvalidParam(p + ".referentie",
                            "deze referentie wordt in dezelfde batch ook aangeleverd; trek haar in een volgend verzoek in"));
                } else if (!gezien.add(referenties[i])) {
                    f.add(new Problem.InvalidParam(p + ".referentie", "staat al eerder in deze batch"));
                }
            }
            JsonNode reden = item.get("reden");
            if (reden == null || reden.isNull()) {
                f.add(new Problem.InvalidParam(p + ".reden", "is verplicht"));
            } else if (!reden.isTextual() || !Codes.REDENEN_INTREKKING.contains(reden.textValue())) {
                f.add(new Problem.InvalidParam(p + ".reden", "onbekende waarde; toegestaan: " + String.join(", ", Codes.REDENEN_INTREKKING)));
            } else {
                redenen[i] = reden.textValue();
            }
        }
        List<String> opTeZoeken = new ArrayList<>();
        for (int i = 0; i < referenties.length; i++) {
            if (fouten.get(i).isEmpty()) {
                opTeZoeken.add(referenties[i]);
            }
        }
        Map<String, Kandidaat> beschikbaar = kandidaten.beschikbaar(partner, opTeZoeken);
        List<IntrekkingResultaat> resultaten = new ArrayList<>(referenties.length);
        for (int i = 0; i < referenties.length; i++) {
            if (!fouten.get(i).isEmpty()) {
                resultaten.add(new IntrekkingResultaat(i, referenties[i], "afgewezen", null, new Problem(
                        Problems.type("ongeldige-invoer"), "Ongeldige invoer", 400, "Intrekking " + i + " is niet uitgevoerd",
                        null, fouten.get(i), null)));
                continue;
            }
            Kandidaat k = beschikbaar.get(referenties[i]);
            if (k == null) {
                resultaten.add(new IntrekkingResultaat(i, referenties[i], "onbekend", null, new Problem(
                        Problems.type("ongeldige-invoer"), "Ongeldige invoer", 400, "Intrekking " + i + " is niet uitgevoerd",
                        null, List.of(new Problem.InvalidParam("intrekkingen[" + i + "].referentie",
                        "geen beschikbare kandidaat van deze partner met deze referentie")), null)));
                continue;
            }
            resultaten.add(new IntrekkingResultaat(i, referenties[i], "ingetrokken", inzage.trekIn(k, redenen[i]).id(), null));
        }
        return resultaten;
    }

    private static int tel(List<IntrekkingResultaat> resultaten, String resultaat) {
        return (int) resultaten.stream().filter(r -> Objects.equals(r.resultaat(), resultaat)).count();
    }

    /**
     * Each item's reference where it can name a stored candidate ({@code null} elsewhere): text, and no BSN, which no
     * stored reference is and which is not sent on, not even to the database.
     */
    private static String[] referenties(List<JsonNode> items) {
        String[] referenties = new String[items.size()];
        for (int i = 0; i < referenties.length; i++) {
            JsonNode item = items.get(i);
            JsonNode referentie = item == null ? null : item.get("referentie");
            if (referentie != null && referentie.isTextual() && !Bsn.komtVoorIn(referentie.textValue())) {
                referenties[i] = referentie.textValue();
            }
        }
        return referenties;
    }
}
